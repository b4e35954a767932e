<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>sheet</source>
            <comment>Some of these questions are not yet available in {language}.</comment>
            <translation>[šĥééţ ōñé]</translation>
        </message>
        <message>
            <source>sheet</source>
            <comment>{topic}: its questions are in {shown}.</comment>
            <translation>[šĥééţ ōñé]</translation>
        </message>
        <message>
            <source>sheet</source>
            <comment>The facts behind these questions may be out of date.</comment>
            <translation>[šĥééţ ōñé]</translation>
        </message>
        <message>
            <source>sheet</source>
            <comment>{topic}: facts current to {month}, {age} months before this sheet was made.</comment>
            <translation>[šĥééţ ōñé]</translation>
        </message>
        <message>
            <source>sheet</source>
            <comment>Ask your care team what is new.</comment>
            <translation>[šĥééţ ōñé]</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>&amp;View</source>
            <translation>[&amp;Ṽîéŵ ōñé]</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>[&amp;Ĝö ōñé]</translation>
        </message>
        <message>
            <source>&amp;Content</source>
            <translation>[&amp;Çöñţéñţ ōñé]</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>[Ṁéñû ōñé]</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>[Ļåŕĝéŕ ţéẋţ ōñé]</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>[Šɱåļļéŕ ţéẋţ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Normal text size</source>
            <translation>[Ñöŕɱåļ ţéẋţ šîžé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>High contrast on or off</source>
            <translation>[Ĥîĝĥ çöñţŕåšţ öñ öŕ öƒƒ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>[Šéåŕçĥ ōñé]</translation>
        </message>
        <message>
            <source>Topic list</source>
            <translation>[Ţöþîç ļîšţ ōñé]</translation>
        </message>
        <message>
            <source>Tab {number}: {title}</source>
            <translation>[Ţåƀ {number}: {title} ōñé]</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>[Ĝļöššåŕý ōñé]</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>[Šöûŕçéš ōñé]</translation>
        </message>
        <message>
            <source>Close the source, or the search</source>
            <translation>[Çļöšé ţĥé šöûŕçé, öŕ ţĥé šéåŕçĥ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>[&amp;Ĥéļþ ōñé]</translation>
        </message>
        <message>
            <source>How to use this app</source>
            <translation>[Ĥöŵ ţö ûšé ţĥîš åþþ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>[Ɓåçķ ōñé]</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>[Ƒöŕŵåŕð ōñé]</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>The app could not open its information pages.

{error}

Nothing of yours was changed. Please reinstall the app, or ask the person who looks after this computer.</source>
            <translation>[Ţĥé åþþ çöûļð ñöţ öþéñ îţš îñƒöŕɱåţîöñ þåĝéš.

{error}

Ñöţĥîñĝ öƒ ýöûŕš ŵåš çĥåñĝéð. Þļéåšé ŕéîñšţåļļ ţĥé åþþ, öŕ åšķ ţĥé þéŕšöñ ŵĥö ļööķš åƒţéŕ ţĥîš çöɱþûţéŕ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ ōñé]</translation>
        </message>
        <message>
            <source>This computer does not let the app save your question sheet.

You can still use everything: your sheet is kept while the app is open. Print it, or save it as a PDF in a folder you choose, before you close the app.</source>
            <translation>[Ţĥîš çöɱþûţéŕ ðöéš ñöţ ļéţ ţĥé åþþ šåṽé ýöûŕ ǫûéšţîöñ šĥééţ.

Ýöû çåñ šţîļļ ûšé éṽéŕýţĥîñĝ: ýöûŕ šĥééţ îš ķéþţ ŵĥîļé ţĥé åþþ îš öþéñ. Þŕîñţ îţ, öŕ šåṽé îţ åš å ÞÐƑ îñ å ƒöļðéŕ ýöû çĥööšé, ƀéƒöŕé ýöû çļöšé ţĥé åþþ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ]</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date format: day, month, year</comment>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>dddd d MMMM yyyy</source>
            <comment>date format: weekday, day, month, year</comment>
            <translation>dddd d MMMM yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>date format: month, year</comment>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>no date given; page last reviewed {date}</source>
            <translation>[ñö ðåţé ĝîṽéñ; þåĝé ļåšţ ŕéṽîéŵéð {date} ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>no date given</source>
            <translation>[ñö ðåţé ĝîṽéñ ōñé ţŵō]</translation>
        </message>
    </context>
    <context>
        <name>definitionPopup</name>
        <message>
            <source>Press Esc to close.</source>
            <translation>[Þŕéšš Éšç ţö çļöšé. ōñé ţŵō]</translation>
        </message>
        <message>
            <source>{term}: {definition}</source>
            <translation>{term}: {definition}</translation>
        </message>
        <message>
            <source>Definition of {term}</source>
            <translation>[Ðéƒîñîţîöñ öƒ {term} ōñé ţŵō]</translation>
        </message>
    </context>
    <context>
        <name>evidence</name>
        <message>
            <source>{who}: {number}</source>
            <translation>{who}: {number}</translation>
        </message>
        <message>
            <source>Claim from an official statement only</source>
            <translation>[Çļåîɱ ƒŕöɱ åñ öƒƒîçîåļ šţåţéɱéñţ öñļý ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Sources disagree</source>
            <translation>[Šöûŕçéš ðîšåĝŕéé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>number not stated</source>
            <translation>[ñûɱƀéŕ ñöţ šţåţéð ōñé ţŵō]</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What was found.&lt;/b&gt; {found}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;[Ŵĥåţ ŵåš ƒöûñð.&lt;/b&gt; {found} ōñé ţŵō]&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{who}:&lt;/b&gt; {number}.&lt;br&gt;&lt;b&gt;Stage:&lt;/b&gt; {stage}.&lt;br&gt;&lt;b&gt;Reported by:&lt;/b&gt; {reported_by}.&lt;br&gt;&lt;b&gt;When:&lt;/b&gt; {when}.&lt;br&gt;&lt;b&gt;{peer_reviewed}.&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;[{who}:&lt;/b&gt; {number}.&lt;br&gt;&lt;b&gt;Šţåĝé:&lt;/b&gt; {stage}.&lt;br&gt;&lt;b&gt;Ŕéþöŕţéð ƀý:&lt;/b&gt; {reported_by}.&lt;br&gt;&lt;b&gt;Ŵĥéñ:&lt;/b&gt; {when}.&lt;br&gt;&lt;b&gt;{peer_reviewed}. ōñé ţŵō ţĥŕéé]&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>No results have been reported yet.</source>
            <translation>[Ñö ŕéšûļţš ĥåṽé ƀééñ ŕéþöŕţéð ýéţ. ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message numerus="yes">
            <source>%n reported result(s)</source>
            <translation>
                <numerusform>[%n ŕéþöŕţéð ŕéšûļţ ōñé ţŵō]</numerusform>
                <numerusform>[%n ŕéþöŕţéð ŕéšûļţš ōñé ţŵō]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in people</source>
            <translation>
                <numerusform>[%n îñ þéöþļé ōñé]</numerusform>
                <numerusform>[%n îñ þéöþļé ōñé]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n peer-reviewed</source>
            <translation>
                <numerusform>[%n þééŕ-ŕéṽîéŵéð ōñé ţŵō]</numerusform>
                <numerusform>[%n þééŕ-ŕéṽîéŵéð ōñé ţŵō]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n from an official statement only</source>
            <translation>
                <numerusform>[%n ƒŕöɱ åñ öƒƒîçîåļ šţåţéɱéñţ öñļý ōñé ţŵō ţĥŕéé]</numerusform>
                <numerusform>[%n ƒŕöɱ åñ öƒƒîçîåļ šţåţéɱéñţ öñļý ōñé ţŵō ţĥŕéé]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n where the sources disagree</source>
            <translation>
                <numerusform>[%n ŵĥéŕé ţĥé šöûŕçéš ðîšåĝŕéé ōñé ţŵō ţĥŕéé]</numerusform>
                <numerusform>[%n ŵĥéŕé ţĥé šöûŕçéš ðîšåĝŕéé ōñé ţŵō ţĥŕéé]</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;At a glance:&lt;/b&gt; {results} below. Of these, {first}, {second}, {third}, and {fourth}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;[Åţ å ĝļåñçé:&lt;/b&gt; {results} ƀéļöŵ. Öƒ ţĥéšé, {first}, {second}, {third}, åñð {fourth}. ōñé ţŵō ţĥŕéé ƒōûŕ]&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What we don't know yet</source>
            <translation>[Ŵĥåţ ŵé ðöñ'ţ ķñöŵ ýéţ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>[Ŵĥéŕé îţ šţåñðš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>[Ķéý þöîñţš ōñé]</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>[Ñöţ ķñöŵñ ōñé]</translation>
        </message>
        <message>
            <source>What has been reported</source>
            <translation>[Ŵĥåţ ĥåš ƀééñ ŕéþöŕţéð ōñé ţŵō]</translation>
        </message>
        <message>
            <source>About this page</source>
            <translation>[Åƀöûţ ţĥîš þåĝé ōñé ţŵō]</translation>
        </message>
    </context>
    <context>
        <name>finish</name>
        <message>
            <source>Finish: print and clear</source>
            <translation>[Ƒîñîšĥ: þŕîñţ åñð çļéåŕ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Please collect your sheet from the printer</source>
            <translation>[Þļéåšé çöļļéçţ ýöûŕ šĥééţ ƒŕöɱ ţĥé þŕîñţéŕ ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Everything you chose and typed has been cleared from this computer, ready for the next person.</source>
            <translation>[Éṽéŕýţĥîñĝ ýöû çĥöšé åñð ţýþéð ĥåš ƀééñ çļéåŕéð ƒŕöɱ ţĥîš çöɱþûţéŕ, ŕéåðý ƒöŕ ţĥé ñéẋţ þéŕšöñ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ōñé]</translation>
        </message>
        <message>
            <source>Your sheet was not printed</source>
            <translation>[Ýöûŕ šĥééţ ŵåš ñöţ þŕîñţéð ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Nothing was cleared: your questions and notes are still here. Please check that the printer is switched on and has paper, then press “Finish: print and clear” again. If it still does not print, please ask at the front desk.</source>
            <translation>[Ñöţĥîñĝ ŵåš çļéåŕéð: ýöûŕ ǫûéšţîöñš åñð ñöţéš åŕé šţîļļ ĥéŕé. Þļéåšé çĥéçķ ţĥåţ ţĥé þŕîñţéŕ îš šŵîţçĥéð öñ åñð ĥåš þåþéŕ, ţĥéñ þŕéšš “Ƒîñîšĥ: þŕîñţ åñð çļéåŕ” åĝåîñ. Îƒ îţ šţîļļ ðöéš ñöţ þŕîñţ, þļéåšé åšķ åţ ţĥé ƒŕöñţ ðéšķ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ]</translation>
        </message>
        <message>
            <source>Back to my questions</source>
            <translation>[Ɓåçķ ţö ɱý ǫûéšţîöñš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>There is nothing on your sheet yet</source>
            <translation>[Ţĥéŕé îš ñöţĥîñĝ öñ ýöûŕ šĥééţ ýéţ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Open a topic's “Questions to ask your doctor” tab, tick the questions you want to ask or add your own, then press Finish again.</source>
            <translation>[Öþéñ å ţöþîç'š “Ǫûéšţîöñš ţö åšķ ýöûŕ ðöçţöŕ” ţåƀ, ţîçķ ţĥé ǫûéšţîöñš ýöû ŵåñţ ţö åšķ öŕ åðð ýöûŕ öŵñ, ţĥéñ þŕéšš Ƒîñîšĥ åĝåîñ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé]</translation>
        </message>
        <message>
            <source>Print your question sheet, then clear this computer for the next person</source>
            <translation>[Þŕîñţ ýöûŕ ǫûéšţîöñ šĥééţ, ţĥéñ çļéåŕ ţĥîš çöɱþûţéŕ ƒöŕ ţĥé ñéẋţ þéŕšöñ ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ]</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>[Ƒîñîšĥéð ōñé]</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>[Ɓåçķ ōñé]</translation>
        </message>
        <message>
            <source>For staff: {problem}</source>
            <translation>[Ƒöŕ šţåƒƒ: {problem} ōñé]</translation>
        </message>
        <message>
            <source>Your sheet was sent to the printer “{name}”.</source>
            <translation>[Ýöûŕ šĥééţ ŵåš šéñţ ţö ţĥé þŕîñţéŕ “{name}”. ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Your sheet was sent to the printer.</source>
            <translation>[Ýöûŕ šĥééţ ŵåš šéñţ ţö ţĥé þŕîñţéŕ. ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>{sent} {cleared}</source>
            <translation>{sent} {cleared}</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>Also written as: {names}</source>
            <translation>[Åļšö ŵŕîţţéñ åš: {names} ōñé ţŵō]</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between names</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Where this comes from:</source>
            <translation>[Ŵĥéŕé ţĥîš çöɱéš ƒŕöɱ: ōñé ţŵō]</translation>
        </message>
        <message>
            <source>This word is not yet explained in {language}; it is shown in {shown}.</source>
            <translation>[Ţĥîš ŵöŕð îš ñöţ ýéţ éẋþļåîñéð îñ {language}; îţ îš šĥöŵñ îñ {shown}. ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>[Ĝļöššåŕý ōñé]</translation>
        </message>
        <message>
            <source>Plain meanings of the harder words on the pages.</source>
            <translation>[Þļåîñ ɱéåñîñĝš öƒ ţĥé ĥåŕðéŕ ŵöŕðš öñ ţĥé þåĝéš. ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Find a word</source>
            <translation>[Ƒîñð å ŵöŕð ōñé]</translation>
        </message>
        <message>
            <source>Find a word in the glossary</source>
            <translation>[Ƒîñð å ŵöŕð îñ ţĥé ĝļöššåŕý ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Glossary words</source>
            <translation>[Ĝļöššåŕý ŵöŕðš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Meaning of the chosen word</source>
            <translation>[Ṁéåñîñĝ öƒ ţĥé çĥöšéñ ŵöŕð ōñé ţŵō ţĥŕéé]</translation>
        </message>
    </context>
    <context>
        <name>header</name>
        <message>
            <source>Cancer vaccines: plain facts and sources</source>
            <translation>[Çåñçéŕ ṽåççîñéš: þļåîñ ƒåçţš åñð šöûŕçéš ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>[Ɓåçķ ōñé]</translation>
        </message>
        <message>
            <source>Go back to where you were (Alt+Left)</source>
            <translation>[Ĝö ƀåçķ ţö ŵĥéŕé ýöû ŵéŕé (Åļţ+Ļéƒţ) ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>[Ƒöŕŵåŕð ōñé]</translation>
        </message>
        <message>
            <source>Go forward again (Alt+Right)</source>
            <translation>[Ĝö ƒöŕŵåŕð åĝåîñ (Åļţ+Ŕîĝĥţ) ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>A−</source>
            <comment>the button that makes the text smaller</comment>
            <translation>[Å− ōñé]</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>[Šɱåļļéŕ ţéẋţ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Make the text smaller (Ctrl+Minus)</source>
            <translation>[Ṁåķé ţĥé ţéẋţ šɱåļļéŕ (Çţŕļ+Ṁîñûš) ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>A+</source>
            <comment>the button that makes the text larger</comment>
            <translation>[Å+ ōñé]</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>[Ļåŕĝéŕ ţéẋţ ōñé]</translation>
        </message>
        <message>
            <source>Make the text larger (Ctrl+Plus)</source>
            <translation>[Ṁåķé ţĥé ţéẋţ ļåŕĝéŕ (Çţŕļ+Þļûš) ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>[Ĥîĝĥ çöñţŕåšţ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>High contrast colours</source>
            <translation>[Ĥîĝĥ çöñţŕåšţ çöļöûŕš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Switch between calm colours and high contrast</source>
            <translation>[Šŵîţçĥ ƀéţŵééñ çåļɱ çöļöûŕš åñð ĥîĝĥ çöñţŕåšţ ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>[Ţöþîçš ōñé]</translation>
        </message>
        <message>
            <source>Choose a topic</source>
            <translation>[Çĥööšé å ţöþîç ōñé ţŵō]</translation>
        </message>
    </context>
    <context>
        <name>helplines</name>
        <message>
            <source>USA</source>
            <translation>[ÛŠÅ ōñé]</translation>
        </message>
        <message>
            <source>UK</source>
            <translation>[ÛĶ ōñé]</translation>
        </message>
        <message>
            <source>National Cancer Institute, Cancer Information Service</source>
            <translation>[Ñåţîöñåļ Çåñçéŕ Îñšţîţûţé, Çåñçéŕ Îñƒöŕɱåţîöñ Šéŕṽîçé ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Macmillan Support Line</source>
            <translation>[Ṁåçɱîļļåñ Šûþþöŕţ Ļîñé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>[Ŵĥö ţö çåļļ ōñé]</translation>
        </message>
        <message>
            <source>For a warning sign or a worry about your treatment, call your own care team first.</source>
            <translation>[Ƒöŕ å ŵåŕñîñĝ šîĝñ öŕ å ŵöŕŕý åƀöûţ ýöûŕ ţŕéåţɱéñţ, çåļļ ýöûŕ öŵñ çåŕé ţéåɱ ƒîŕšţ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ]</translation>
        </message>
        <message>
            <source>This clinic: {phone}</source>
            <translation>[Ţĥîš çļîñîç: {phone} ōñé ţŵō]</translation>
        </message>
        <message>
            <source>For general questions about cancer, national information lines:</source>
            <translation>[Ƒöŕ ĝéñéŕåļ ǫûéšţîöñš åƀöûţ çåñçéŕ, ñåţîöñåļ îñƒöŕɱåţîöñ ļîñéš: ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé]</translation>
        </message>
        <message>
            <source>{country}: {service}, {phone}</source>
            <translation>{country}: {service}, {phone}</translation>
        </message>
        <message>
            <source>If you live in another country, ask your care team for your country's cancer information line.</source>
            <translation>[Îƒ ýöû ļîṽé îñ åñöţĥéŕ çöûñţŕý, åšķ ýöûŕ çåŕé ţéåɱ ƒöŕ ýöûŕ çöûñţŕý'š çåñçéŕ îñƒöŕɱåţîöñ ļîñé. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ]</translation>
        </message>
    </context>
    <context>
        <name>howto</name>
        <message>
            <source>How to use this app</source>
            <translation>[Ĥöŵ ţö ûšé ţĥîš åþþ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Choose a topic in the list on the left, or from the Topics button at the top.</source>
            <translation>[Çĥööšé å ţöþîç îñ ţĥé ļîšţ öñ ţĥé ļéƒţ, öŕ ƒŕöɱ ţĥé Ţöþîçš ƀûţţöñ åţ ţĥé ţöþ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ]</translation>
        </message>
        <message>
            <source>The numbers in brackets after a sentence open the article it comes from.</source>
            <translation>[Ţĥé ñûɱƀéŕš îñ ƀŕåçķéţš åƒţéŕ å šéñţéñçé öþéñ ţĥé åŕţîçļé îţ çöɱéš ƒŕöɱ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ]</translation>
        </message>
        <message>
            <source>On the Questions tab, tick the questions you want to ask, then print them.</source>
            <translation>[Öñ ţĥé Ǫûéšţîöñš ţåƀ, ţîçķ ţĥé ǫûéšţîöñš ýöû ŵåñţ ţö åšķ, ţĥéñ þŕîñţ ţĥéɱ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ]</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}.&lt;/b&gt; {sentences}</source>
            <translation>&lt;b&gt;{title}.&lt;/b&gt; {sentences}</translation>
        </message>
        <message>
            <source>Got it – hide this</source>
            <translation>[Ĝöţ îţ – ĥîðé ţĥîš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Hide how to use this app</source>
            <translation>[Ĥîðé ĥöŵ ţö ûšé ţĥîš åþþ ōñé ţŵō ţĥŕéé]</translation>
        </message>
    </context>
    <context>
        <name>idle</name>
        <message>
            <source>Are you still reading?</source>
            <translation>[Åŕé ýöû šţîļļ ŕéåðîñĝ? ōñé ţŵō]</translation>
        </message>
        <message>
            <source>I’m still here</source>
            <translation>[Î’ɱ šţîļļ ĥéŕé ōñé ţŵō]</translation>
        </message>
        <message numerus="yes">
            <source>Your questions will be cleared in %n second(s)</source>
            <translation>
                <numerusform>[Ýöûŕ ǫûéšţîöñš ŵîļļ ƀé çļéåŕéð îñ %n šéçöñð ōñé ţŵō ţĥŕéé ƒōûŕ]</numerusform>
                <numerusform>[Ýöûŕ ǫûéšţîöñš ŵîļļ ƀé çļéåŕéð îñ %n šéçöñðš ōñé ţŵō ţĥŕéé ƒōûŕ]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>installUpdate</name>
        <message>
            <source>Content packs (*.pvpack)</source>
            <translation>[Çöñţéñţ þåçķš (*.þṽþåçķ) ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>{file}: no signing key is trusted on this computer; ask the person who looks after it to add one to the clinic settings</source>
            <translation>[{file}: ñö šîĝñîñĝ ķéý îš ţŕûšţéð öñ ţĥîš çöɱþûţéŕ; åšķ ţĥé þéŕšöñ ŵĥö ļööķš åƒţéŕ îţ ţö åðð öñé ţö ţĥé çļîñîç šéţţîñĝš ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ]</translation>
        </message>
        <message>
            <source>The update was not installed. Nothing was changed.

{problem}</source>
            <translation>[Ţĥé ûþðåţé ŵåš ñöţ îñšţåļļéð. Ñöţĥîñĝ ŵåš çĥåñĝéð.

{problem} ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Content update number {number} is installed (reviewed {reviewed}, facts current to {current_to}). The app will show it the next time it starts.</source>
            <translation>[Çöñţéñţ ûþðåţé ñûɱƀéŕ {number} îš îñšţåļļéð (ŕéṽîéŵéð {reviewed}, ƒåçţš çûŕŕéñţ ţö {current_to}). Ţĥé åþþ ŵîļļ šĥöŵ îţ ţĥé ñéẋţ ţîɱé îţ šţåŕţš. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ]</translation>
        </message>
        <message>
            <source>Install content update</source>
            <translation>[Îñšţåļļ çöñţéñţ ûþðåţé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Install content update…</source>
            <translation>[Îñšţåļļ çöñţéñţ ûþðåţé… ōñé ţŵō ţĥŕéé]</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>For staff: the clinic settings file has problems</source>
            <translation>[Ƒöŕ šţåƒƒ: ţĥé çļîñîç šéţţîñĝš ƒîļé ĥåš þŕöƀļéɱš ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>The app started with safe settings for the lines below. Please pass this on to whoever looks after this computer.</source>
            <translation>[Ţĥé åþþ šţåŕţéð ŵîţĥ šåƒé šéţţîñĝš ƒöŕ ţĥé ļîñéš ƀéļöŵ. Þļéåšé þåšš ţĥîš öñ ţö ŵĥöéṽéŕ ļööķš åƒţéŕ ţĥîš çöɱþûţéŕ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ]</translation>
        </message>
        <message>
            <source>Clinic settings problems</source>
            <translation>[Çļîñîç šéţţîñĝš þŕöƀļéɱš ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>[Çöñţîñûé ōñé]</translation>
        </message>
        <message>
            <source>Clinic settings: {problem}</source>
            <translation>[Çļîñîç šéţţîñĝš: {problem} ōñé ţŵō]</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>What it is</source>
            <translation>[Ŵĥåţ îţ îš ōñé]</translation>
        </message>
        <message>
            <source>How it works</source>
            <translation>[Ĥöŵ îţ ŵöŕķš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Where the evidence stands</source>
            <translation>[Ŵĥéŕé ţĥé éṽîðéñçé šţåñðš ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Questions to ask your doctor</source>
            <translation>[Ǫûéšţîöñš ţö åšķ ýöûŕ ðöçţöŕ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>[Éṽîðéñçé ōñé]</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>[Ǫûéšţîöñš ōñé]</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>[Ļåƀ ōñé]</translation>
        </message>
        <message>
            <source>Animals</source>
            <translation>[Åñîɱåļš ōñé]</translation>
        </message>
        <message>
            <source>Phase I</source>
            <translation>[Þĥåšé Î ōñé]</translation>
        </message>
        <message>
            <source>Phase II</source>
            <translation>[Þĥåšé ÎÎ ōñé]</translation>
        </message>
        <message>
            <source>Phase III</source>
            <translation>[Þĥåšé ÎÎÎ ōñé]</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>[Åþþŕöṽéð ōñé]</translation>
        </message>
        <message>
            <source>In cells in a lab</source>
            <translation>[Îñ çéļļš îñ å ļåƀ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>In animals</source>
            <translation>[Îñ åñîɱåļš ōñé]</translation>
        </message>
        <message>
            <source>In people</source>
            <translation>[Îñ þéöþļé ōñé]</translation>
        </message>
        <message>
            <source>Not clear who it was seen in</source>
            <translation>[Ñöţ çļéåŕ ŵĥö îţ ŵåš šééñ îñ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Peer-reviewed</source>
            <translation>[Þééŕ-ŕéṽîéŵéð ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Not peer-reviewed</source>
            <translation>[Ñöţ þééŕ-ŕéṽîéŵéð ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Peer review not stated</source>
            <translation>[Þééŕ ŕéṽîéŵ ñöţ šţåţéð ōñé ţŵō]</translation>
        </message>
        <message>
            <source>News report</source>
            <translation>[Ñéŵš ŕéþöŕţ ōñé]</translation>
        </message>
        <message>
            <source>Opinion article</source>
            <translation>[Öþîñîöñ åŕţîçļé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Health website</source>
            <translation>[Ĥéåļţĥ ŵéƀšîţé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Background notes from the editors of this app</source>
            <translation>[Ɓåçķĝŕöûñð ñöţéš ƒŕöɱ ţĥé éðîţöŕš öƒ ţĥîš åþþ ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Availability and trials</source>
            <translation>[Åṽåîļåƀîļîţý åñð ţŕîåļš ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Benefits and evidence</source>
            <translation>[Ɓéñéƒîţš åñð éṽîðéñçé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Risks and side effects</source>
            <translation>[Ŕîšķš åñð šîðé éƒƒéçţš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Cost and practical matters</source>
            <translation>[Çöšţ åñð þŕåçţîçåļ ɱåţţéŕš ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>My current treatment</source>
            <translation>[Ṁý çûŕŕéñţ ţŕéåţɱéñţ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>[Ţöþîç ōñé]</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>[Þåĝé ōñé]</translation>
        </message>
        <message>
            <source>Question to ask</source>
            <translation>[Ǫûéšţîöñ ţö åšķ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>[Ĝļöššåŕý ōñé]</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>[Åŕţîçļé ōñé]</translation>
        </message>
        <message>
            <source>Show more topics</source>
            <translation>[Šĥöŵ ɱöŕé ţöþîçš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Show more pages</source>
            <translation>[Šĥöŵ ɱöŕé þåĝéš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Show more questions to ask</source>
            <translation>[Šĥöŵ ɱöŕé ǫûéšţîöñš ţö åšķ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Show more glossary words</source>
            <translation>[Šĥöŵ ɱöŕé ĝļöššåŕý ŵöŕðš ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Show more passages from articles</source>
            <translation>[Šĥöŵ ɱöŕé þåššåĝéš ƒŕöɱ åŕţîçļéš ōñé ţŵō ţĥŕéé]</translation>
        </message>
    </context>
    <context>
        <name>ladder</name>
        <message>
            <source>, </source>
            <comment>between the steps</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Evidence ladder, in six steps: {steps}. {stage}.</source>
            <translation>[Éṽîðéñçé ļåððéŕ, îñ šîẋ šţéþš: {steps}. {stage}. ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Evidence ladder, in six steps: {steps}. Where this treatment stands is not known.</source>
            <translation>[Éṽîðéñçé ļåððéŕ, îñ šîẋ šţéþš: {steps}. Ŵĥéŕé ţĥîš ţŕéåţɱéñţ šţåñðš îš ñöţ ķñöŵñ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ]</translation>
        </message>
        <message>
            <source>Evidence ladder, in six steps: {steps}. This treatment has reached step {reached} of 6, {step}: {stage}.</source>
            <translation>[Éṽîðéñçé ļåððéŕ, îñ šîẋ šţéþš: {steps}. Ţĥîš ţŕéåţɱéñţ ĥåš ŕéåçĥéð šţéþ {reached} öƒ 6, {step}: {stage}. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ]</translation>
        </message>
        <message>
            <source>Evidence ladder</source>
            <translation>[Éṽîðéñçé ļåððéŕ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>It is here</source>
            <translation>[Îţ îš ĥéŕé ōñé]</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>English</source>
            <translation>[Éñĝļîšĥ ōñé]</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>[&amp;Ļåñĝûåĝé ōñé]</translation>
        </message>
    </context>
    <context>
        <name>mySheet</name>
        <message>
            <source>Name</source>
            <translation>[Ñåɱé ōñé]</translation>
        </message>
        <message>
            <source>Appointment date</source>
            <translation>[Åþþöîñţɱéñţ ðåţé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Doctor or clinic</source>
            <translation>[Ðöçţöŕ öŕ çļîñîç ōñé ţŵō]</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>[öþţîöñåļ ōñé]</translation>
        </message>
        <message>
            <source>for example: Tuesday 14 March, 10:30</source>
            <translation>[ƒöŕ éẋåɱþļé: Ţûéšðåý 14 Ṁåŕçĥ, 10:30 ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>My sheet</source>
            <translation>[Ṁý šĥééţ ōñé]</translation>
        </message>
        <message>
            <source>Everything you ticked or added, from every topic. Put the most important first: drag, or use Move up and Move down (Alt+Up, Alt+Down).</source>
            <translation>[Éṽéŕýţĥîñĝ ýöû ţîçķéð öŕ åððéð, ƒŕöɱ éṽéŕý ţöþîç. Þûţ ţĥé ɱöšţ îɱþöŕţåñţ ƒîŕšţ: ðŕåĝ, öŕ ûšé Ṁöṽé ûþ åñð Ṁöṽé ðöŵñ (Åļţ+Ûþ, Åļţ+Ðöŵñ). ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ]</translation>
        </message>
        <message>
            <source>Add my own question</source>
            <translation>[Åðð ɱý öŵñ ǫûéšţîöñ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>My own question</source>
            <translation>[Ṁý öŵñ ǫûéšţîöñ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Type a question of your own</source>
            <translation>[Ţýþé å ǫûéšţîöñ öƒ ýöûŕ öŵñ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Enter adds it to your sheet. Shift+Enter starts a new line.</source>
            <translation>[Éñţéŕ åððš îţ ţö ýöûŕ šĥééţ. Šĥîƒţ+Éñţéŕ šţåŕţš å ñéŵ ļîñé. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé]</translation>
        </message>
        <message>
            <source>Add to my sheet</source>
            <translation>[Åðð ţö ɱý šĥééţ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çåñçéļ ōñé]</translation>
        </message>
        <message>
            <source>Nothing on your sheet yet. Tick the questions you want to ask, or add your own above.</source>
            <translation>[Ñöţĥîñĝ öñ ýöûŕ šĥééţ ýéţ. Ţîçķ ţĥé ǫûéšţîöñš ýöû ŵåñţ ţö åšķ, öŕ åðð ýöûŕ öŵñ åƀöṽé. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ]</translation>
        </message>
        <message>
            <source>My sheet: the questions I will ask, in order</source>
            <translation>[Ṁý šĥééţ: ţĥé ǫûéšţîöñš Î ŵîļļ åšķ, îñ öŕðéŕ ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>[Ṁöṽé ûþ ōñé]</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>[Ṁöṽé ðöŵñ ōñé]</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>[Éðîţ ōñé]</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>[Ŕéɱöṽé ōñé]</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>[Ṁý ñöţéš ōñé]</translation>
        </message>
        <message>
            <source>Anything you want to remember or tell your care team</source>
            <translation>[Åñýţĥîñĝ ýöû ŵåñţ ţö ŕéɱéɱƀéŕ öŕ ţéļļ ýöûŕ çåŕé ţéåɱ ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Your details (printed at the top of the sheet)</source>
            <translation>[Ýöûŕ ðéţåîļš (þŕîñţéð åţ ţĥé ţöþ öƒ ţĥé šĥééţ) ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <source>{number}. {question}
    – {topic}</source>
            <translation>{number}. {question}
    – {topic}</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>[Šåṽé çĥåñĝéš ōñé ţŵō]</translation>
        </message>
    </context>
    <context>
        <name>navigation</name>
        <message>
            <source>Glossary</source>
            <translation>[Ĝļöššåŕý ōñé]</translation>
        </message>
        <message>
            <source>Plain meanings of the harder words</source>
            <translation>[Þļåîñ ɱéåñîñĝš öƒ ţĥé ĥåŕðéŕ ŵöŕðš ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>[Šöûŕçéš ōñé]</translation>
        </message>
        <message>
            <source>The articles these pages are written from</source>
            <translation>[Ţĥé åŕţîçļéš ţĥéšé þåĝéš åŕé ŵŕîţţéñ ƒŕöɱ ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>[Ţöþîçš ōñé]</translation>
        </message>
        <message>
            <source>{summary} (in {language})</source>
            <translation>[{summary} (îñ {language}) ōñé]</translation>
        </message>
    </context>
    <context>
        <name>opening</name>
        <message>
            <source>Content updates are not used: {problem}</source>
            <translation>[Çöñţéñţ ûþðåţéš åŕé ñöţ ûšéð: {problem} ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>A content update was passed over: {problem}</source>
            <translation>[Å çöñţéñţ ûþðåţé ŵåš þåššéð öṽéŕ: {problem} ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>{problem}. Using the copy rebuilt earlier from the articles that ship with the app.</source>
            <translation>[{problem}. Ûšîñĝ ţĥé çöþý ŕéƀûîļţ éåŕļîéŕ ƒŕöɱ ţĥé åŕţîçļéš ţĥåţ šĥîþ ŵîţĥ ţĥé åþþ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ]</translation>
        </message>
        <message>
            <source>{problem}. It was rebuilt from the articles that ship with the app; your own questions and notes were not touched.</source>
            <translation>[{problem}. Îţ ŵåš ŕéƀûîļţ ƒŕöɱ ţĥé åŕţîçļéš ţĥåţ šĥîþ ŵîţĥ ţĥé åþþ; ýöûŕ öŵñ ǫûéšţîöñš åñð ñöţéš ŵéŕé ñöţ ţöûçĥéð. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ]</translation>
        </message>
        <message>
            <source>This computer does not let the app keep the repaired copy, so it will be rebuilt again next time.</source>
            <translation>[Ţĥîš çöɱþûţéŕ ðöéš ñöţ ļéţ ţĥé åþþ ķééþ ţĥé ŕéþåîŕéð çöþý, šö îţ ŵîļļ ƀé ŕéƀûîļţ åĝåîñ ñéẋţ ţîɱé. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ]</translation>
        </message>
        <message>
            <source>Using content update number {number} instead.</source>
            <translation>[Ûšîñĝ çöñţéñţ ûþðåţé ñûɱƀéŕ {number} îñšţéåð. ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Using the content that came with the app instead.</source>
            <translation>[Ûšîñĝ ţĥé çöñţéñţ ţĥåţ çåɱé ŵîţĥ ţĥé åþþ îñšţéåð. ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>{problem}. It could not be repaired either, because this computer does not let the app write a repaired copy ({cause})</source>
            <translation>[{problem}. Îţ çöûļð ñöţ ƀé ŕéþåîŕéð éîţĥéŕ, ƀéçåûšé ţĥîš çöɱþûţéŕ ðöéš ñöţ ļéţ ţĥé åþþ ŵŕîţé å ŕéþåîŕéð çöþý ({cause}) ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ]</translation>
        </message>
        <message>
            <source>Your saved question sheet could not be read ({problem}).</source>
            <translation>[Ýöûŕ šåṽéð ǫûéšţîöñ šĥééţ çöûļð ñöţ ƀé ŕéåð ({problem}). ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Your saved question sheet could not be read ({problem}). It was kept as {file} and a new, empty sheet was started.</source>
            <translation>[Ýöûŕ šåṽéð ǫûéšţîöñ šĥééţ çöûļð ñöţ ƀé ŕéåð ({problem}). Îţ ŵåš ķéþţ åš {file} åñð å ñéŵ, éɱþţý šĥééţ ŵåš šţåŕţéð. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ]</translation>
        </message>
    </context>
    <context>
        <name>page</name>
        <message>
            <source>Key points</source>
            <translation>[Ķéý þöîñţš ōñé]</translation>
        </message>
        <message>
            <source>On this page</source>
            <translation>[Öñ ţĥîš þåĝé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>The facts on it are current to {month}.</source>
            <translation>[Ţĥé ƒåçţš öñ îţ åŕé çûŕŕéñţ ţö {month}. ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>A person last checked this page against its sources on {date}.</source>
            <translation>[Å þéŕšöñ ļåšţ çĥéçķéð ţĥîš þåĝé åĝåîñšţ îţš šöûŕçéš öñ {date}. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé]</translation>
        </message>
        <message>
            <source>Newer results may exist since then.</source>
            <translation>[Ñéŵéŕ ŕéšûļţš ɱåý éẋîšţ šîñçé ţĥéñ. ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Sources for this page</source>
            <translation>[Šöûŕçéš ƒöŕ ţĥîš þåĝé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>This page is for discussion with your care team. It is not advice about your treatment.</source>
            <translation>[Ţĥîš þåĝé îš ƒöŕ ðîšçûššîöñ ŵîţĥ ýöûŕ çåŕé ţéåɱ. Îţ îš ñöţ åðṽîçé åƀöûţ ýöûŕ ţŕéåţɱéñţ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ]</translation>
        </message>
        <message>
            <source>Opens the source at the words quoted</source>
            <translation>[Öþéñš ţĥé šöûŕçé åţ ţĥé ŵöŕðš ǫûöţéð ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Opens this topic</source>
            <translation>[Öþéñš ţĥîš ţöþîç ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Opens the source</source>
            <translation>[Öþéñš ţĥé šöûŕçé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Goes to this part of the page</source>
            <translation>[Ĝöéš ţö ţĥîš þåŕţ öƒ ţĥé þåĝé ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Scroll {area}</source>
            <translation>[Šçŕöļļ {area} ōñé]</translation>
        </message>
        <message>
            <source>more than {years} years old</source>
            <translation>[ɱöŕé ţĥåñ {years} ýéåŕš öļð ōñé ţŵō]</translation>
        </message>
        <message>
            <source>{months} months old</source>
            <translation>[{months} ɱöñţĥš öļð ōñé]</translation>
        </message>
        <message>
            <source>The facts on this page are current to {month}: they are {old}. Newer results may exist. Ask your care team what is new.</source>
            <translation>[Ţĥé ƒåçţš öñ ţĥîš þåĝé åŕé çûŕŕéñţ ţö {month}: ţĥéý åŕé {old}. Ñéŵéŕ ŕéšûļţš ɱåý éẋîšţ. Åšķ ýöûŕ çåŕé ţéåɱ ŵĥåţ îš ñéŵ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ]</translation>
        </message>
        <message>
            <source>This page is not yet available in {language}; it is shown in {shown}.</source>
            <translation>[Ţĥîš þåĝé îš ñöţ ýéţ åṽåîļåƀļé îñ {language}; îţ îš šĥöŵñ îñ {shown}. ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
    </context>
    <context>
        <name>preview</name>
        <message>
            <source>Print preview tools</source>
            <translation>[Þŕîñţ þŕéṽîéŵ ţööļš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>[Þŕîñţ… ōñé]</translation>
        </message>
        <message>
            <source>Print my question sheet</source>
            <translation>[Þŕîñţ ɱý ǫûéšţîöñ šĥééţ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ōñé]</translation>
        </message>
        <message>
            <source>Close the print preview</source>
            <translation>[Çļöšé ţĥé þŕîñţ þŕéṽîéŵ ōñé ţŵō ţĥŕéé]</translation>
        </message>
    </context>
    <context>
        <name>questionRow</name>
        <message>
            <source>Why ask this?</source>
            <translation>[Ŵĥý åšķ ţĥîš? ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Why ask: {question}</source>
            <translation>[Ŵĥý åšķ: {question} ōñé]</translation>
        </message>
        <message>
            <source>From: {sources}</source>
            <translation>[Ƒŕöɱ: {sources} ōñé]</translation>
        </message>
    </context>
    <context>
        <name>questions</name>
        <message>
            <source>Questions</source>
            <translation>[Ǫûéšţîöñš ōñé]</translation>
        </message>
        <message>
            <source>Show the questions</source>
            <translation>[Šĥöŵ ţĥé ǫûéšţîöñš ōñé ţŵō]</translation>
        </message>
        <message numerus="yes">
            <source>My sheet (%n)</source>
            <translation>
                <numerusform>[Ṁý šĥééţ (%n) ōñé]</numerusform>
                <numerusform>[Ṁý šĥééţ (%n) ōñé]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show my sheet: %n question(s) on it</source>
            <translation>
                <numerusform>[Šĥöŵ ɱý šĥééţ: %n ǫûéšţîöñ öñ îţ ōñé ţŵō ţĥŕéé]</numerusform>
                <numerusform>[Šĥöŵ ɱý šĥééţ: %n ǫûéšţîöñš öñ îţ ōñé ţŵō ţĥŕéé]</numerusform>
            </translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>[Ŵĥåţ ĥåþþéñéð ōñé ţŵō]</translation>
        </message>
        <message>
            <source>My sheet: chosen questions, own questions, notes and details</source>
            <translation>[Ṁý šĥééţ: çĥöšéñ ǫûéšţîöñš, öŵñ ǫûéšţîöñš, ñöţéš åñð ðéţåîļš ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé]</translation>
        </message>
        <message>
            <source>Clear my sheet?

This removes your ticked questions, your own questions, your notes and your name from this computer. It cannot be undone.</source>
            <translation>[Çļéåŕ ɱý šĥééţ?

Ţĥîš ŕéɱöṽéš ýöûŕ ţîçķéð ǫûéšţîöñš, ýöûŕ öŵñ ǫûéšţîöñš, ýöûŕ ñöţéš åñð ýöûŕ ñåɱé ƒŕöɱ ţĥîš çöɱþûţéŕ. Îţ çåññöţ ƀé ûñðöñé. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ]</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>[Þŕîñţ þŕéṽîéŵ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>[Þŕîñţ… ōñé]</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>[Šåṽé åš ÞÐƑ… ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>[Ļåŕĝé þŕîñţ ōñé]</translation>
        </message>
        <message>
            <source>Clear my sheet…</source>
            <translation>[Çļéåŕ ɱý šĥééţ… ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Remove everything on this sheet from this computer</source>
            <translation>[Ŕéɱöṽé éṽéŕýţĥîñĝ öñ ţĥîš šĥééţ ƒŕöɱ ţĥîš çöɱþûţéŕ ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Print preview – my question sheet</source>
            <translation>[Þŕîñţ þŕéṽîéŵ – ɱý ǫûéšţîöñ šĥééţ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>The sheet could not be printed: {problem}</source>
            <translation>[Ţĥé šĥééţ çöûļð ñöţ ƀé þŕîñţéð: {problem} ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Save my question sheet as PDF</source>
            <translation>[Šåṽé ɱý ǫûéšţîöñ šĥééţ åš ÞÐƑ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>my-questions.pdf</source>
            <translation>[ɱý-ǫûéšţîöñš.þðƒ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>[ÞÐƑ ƒîļéš (*.þðƒ) ōñé ţŵō]</translation>
        </message>
        <message>
            <source>The sheet was not saved: {problem}</source>
            <translation>[Ţĥé šĥééţ ŵåš ñöţ šåṽéð: {problem} ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message numerus="yes">
            <source>Your question sheet is saved: %n page(s), in the file “{file}” in the folder “{folder}”.</source>
            <translation>
                <numerusform>[Ýöûŕ ǫûéšţîöñ šĥééţ îš šåṽéð: %n þåĝé, îñ ţĥé ƒîļé “{file}” îñ ţĥé ƒöļðéŕ “{folder}”. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ]</numerusform>
                <numerusform>[Ýöûŕ ǫûéšţîöñ šĥééţ îš šåṽéð: %n þåĝéš, îñ ţĥé ƒîļé “{file}” îñ ţĥé ƒöļðéŕ “{folder}”. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ]</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear my sheet</source>
            <translation>[Çļéåŕ ɱý šĥééţ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Clear everything</source>
            <translation>[Çļéåŕ éṽéŕýţĥîñĝ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Your sheet was cleared. Nothing of it is left on this computer.</source>
            <translation>[Ýöûŕ šĥééţ ŵåš çļéåŕéð. Ñöţĥîñĝ öƒ îţ îš ļéƒţ öñ ţĥîš çöɱþûţéŕ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé]</translation>
        </message>
        <message>
            <source>Questions for this topic</source>
            <translation>[Ǫûéšţîöñš ƒöŕ ţĥîš ţöþîç ōñé ţŵō ţĥŕéé]</translation>
        </message>
    </context>
    <context>
        <name>readAloud</name>
        <message>
            <source>Read aloud controls</source>
            <translation>[Ŕéåð åļöûð çöñţŕöļš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Not available: {reason}.</source>
            <translation>[Ñöţ åṽåîļåƀļé: {reason}. ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>[Ŕéåð åļöûð ōñé]</translation>
        </message>
        <message>
            <source>Read aloud: {reason}</source>
            <translation>[Ŕéåð åļöûð: {reason} ōñé]</translation>
        </message>
        <message>
            <source>This computer cannot read the page aloud: {reason}.</source>
            <translation>[Ţĥîš çöɱþûţéŕ çåññöţ ŕéåð ţĥé þåĝé åļöûð: {reason}. ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Stop reading</source>
            <translation>[Šţöþ ŕéåðîñĝ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Stop reading aloud (Ctrl+Shift+R)</source>
            <translation>[Šţöþ ŕéåðîñĝ åļöûð (Çţŕļ+Šĥîƒţ+Ŕ) ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Read this page aloud from the top, and show each sentence as it is read (Ctrl+Shift+R)</source>
            <translation>[Ŕéåð ţĥîš þåĝé åļöûð ƒŕöɱ ţĥé ţöþ, åñð šĥöŵ éåçĥ šéñţéñçé åš îţ îš ŕéåð (Çţŕļ+Šĥîƒţ+Ŕ) ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ]</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>[Ŕéšûɱé ōñé]</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>[Þåûšé ōñé]</translation>
        </message>
        <message>
            <source>Resume reading</source>
            <translation>[Ŕéšûɱé ŕéåðîñĝ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Pause reading</source>
            <translation>[Þåûšé ŕéåðîñĝ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Resume reading (Ctrl+Shift+P)</source>
            <translation>[Ŕéšûɱé ŕéåðîñĝ (Çţŕļ+Šĥîƒţ+Þ) ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Pause reading (Ctrl+Shift+P)</source>
            <translation>[Þåûšé ŕéåðîñĝ (Çţŕļ+Šĥîƒţ+Þ) ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Read aloud: not available</source>
            <translation>[Ŕéåð åļöûð: ñöţ åṽåîļåƀļé ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>no voice is installed with this app</source>
            <translation>[ñö ṽöîçé îš îñšţåļļéð ŵîţĥ ţĥîš åþþ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>no sound output on this computer</source>
            <translation>[ñö šöûñð öûţþûţ öñ ţĥîš çöɱþûţéŕ ōñé ţŵō ţĥŕéé]</translation>
        </message>
    </context>
    <context>
        <name>rich</name>
        <message>
            <source>Source {number}: {title}</source>
            <translation>[Šöûŕçé {number}: {title} ōñé]</translation>
        </message>
        <message>
            <source>{meaning} (in {language})</source>
            <translation>[{meaning} (îñ {language}) ōñé]</translation>
        </message>
        <message>
            <source>{term}: {meaning}</source>
            <translation>{term}: {meaning}</translation>
        </message>
        <message>
            <source>Written by the editors of this app from public references, {date}</source>
            <translation>[Ŵŕîţţéñ ƀý ţĥé éðîţöŕš öƒ ţĥîš åþþ ƒŕöɱ þûƀļîç ŕéƒéŕéñçéš, {date} ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé]</translation>
        </message>
        <message>
            <source>outlet not named</source>
            <translation>[öûţļéţ ñöţ ñåɱéð ōñé ţŵō]</translation>
        </message>
        <message>
            <source>{kind}, {outlet}, {date}</source>
            <translation>{kind}, {outlet}, {date}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>[ñöţ ŕéçöŕðéð ōñé ţŵō]</translation>
        </message>
        <message>
            <source>not named in the text</source>
            <translation>[ñöţ ñåɱéð îñ ţĥé ţéẋţ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñð ōñé]</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>[Öûţļéţ ōñé]</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>[Åûţĥöŕ ōñé]</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>[Ðåţé ōñé]</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>[Ŵéƀ åððŕéšš ōñé]</translation>
        </message>
        <message>
            <source>&lt;b&gt;{label}:&lt;/b&gt; {value}</source>
            <translation>&lt;b&gt;{label}:&lt;/b&gt; {value}</translation>
        </message>
    </context>
    <context>
        <name>search</name>
        <message>
            <source>{topic} – {tab}</source>
            <translation>{topic} – {tab}</translation>
        </message>
        <message>
            <source>Question – {topic}</source>
            <translation>[Ǫûéšţîöñ – {topic} ōñé]</translation>
        </message>
        <message>
            <source>Glossary – {term}</source>
            <translation>[Ĝļöššåŕý – {term} ōñé]</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>[Šéåŕçĥ ŕéšûļţš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Results for “{query}”, the best first. Press Enter on one to go there.</source>
            <translation>[Ŕéšûļţš ƒöŕ “{query}”, ţĥé ƀéšţ ƒîŕšţ. Þŕéšš Éñţéŕ öñ öñé ţö ĝö ţĥéŕé. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé]</translation>
        </message>
        <message>
            <source>Nothing found for “{query}”. Try a shorter or different word.</source>
            <translation>[Ñöţĥîñĝ ƒöûñð ƒöŕ “{query}”. Ţŕý å šĥöŕţéŕ öŕ ðîƒƒéŕéñţ ŵöŕð. ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
    </context>
    <context>
        <name>searchBox</name>
        <message>
            <source>Search topics, questions, words and articles  (Ctrl+F)</source>
            <translation>[Šéåŕçĥ ţöþîçš, ǫûéšţîöñš, ŵöŕðš åñð åŕţîçļéš  (Çţŕļ+Ƒ) ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>[Šéåŕçĥ ōñé]</translation>
        </message>
        <message>
            <source>Results appear as you type. Press Down to reach them.</source>
            <translation>[Ŕéšûļţš åþþéåŕ åš ýöû ţýþé. Þŕéšš Ðöŵñ ţö ŕéåçĥ ţĥéɱ. ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
    </context>
    <context>
        <name>sheet</name>
        <message>
            <source>My questions</source>
            <translation>[Ṁý ǫûéšţîöñš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>About: {topics}</source>
            <translation>[Åƀöûţ: {topics} ōñé]</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the topics a sheet is about</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>Made on {date}</source>
            <translation>[Ṁåðé öñ {date} ōñé]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>[Ñåɱé ōñé]</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>[Åþþöîñţɱéñţ ōñé]</translation>
        </message>
        <message>
            <source>Doctor or clinic</source>
            <translation>[Ðöçţöŕ öŕ çļîñîç ōñé ţŵō]</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>{number}.</source>
            <translation>{number}.</translation>
        </message>
        <message>
            <source>My own question</source>
            <translation>[Ṁý öŵñ ǫûéšţîöñ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between source numbers</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>Source(s) {numbers}, listed at the end of the sheet.</source>
            <translation>
                <numerusform>[Šöûŕçé {numbers}, ļîšţéð åţ ţĥé éñð öƒ ţĥé šĥééţ. ōñé ţŵō ţĥŕéé]</numerusform>
                <numerusform>[Šöûŕçéš {numbers}, ļîšţéð åţ ţĥé éñð öƒ ţĥé šĥééţ. ōñé ţŵō ţĥŕéé ƒōûŕ]</numerusform>
            </translation>
        </message>
        <message>
            <source>{topic}. {sources}</source>
            <translation>{topic}. {sources}</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>[Ṁý ñöţéš ōñé]</translation>
        </message>
        <message>
            <source>Where these questions come from</source>
            <translation>[Ŵĥéŕé ţĥéšé ǫûéšţîöñš çöɱé ƒŕöɱ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Reference: {reference}</source>
            <translation>[Ŕéƒéŕéñçé: {reference} ōñé]</translation>
        </message>
        <message>
            <source>No web address recorded.</source>
            <translation>[Ñö ŵéƀ åððŕéšš ŕéçöŕðéð. ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Questions for my appointment</source>
            <translation>[Ǫûéšţîöñš ƒöŕ ɱý åþþöîñţɱéñţ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>This sheet is for discussion with your care team. It is not medical advice.</source>
            <translation>[Ţĥîš šĥééţ îš ƒöŕ ðîšçûššîöñ ŵîţĥ ýöûŕ çåŕé ţéåɱ. Îţ îš ñöţ ɱéðîçåļ åðṽîçé. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ]</translation>
        </message>
        <message>
            <source>For discussion with your care team</source>
            <translation>[Ƒöŕ ðîšçûššîöñ ŵîţĥ ýöûŕ çåŕé ţéåɱ ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>[Þåĝé {page} öƒ {pages} ōñé]</translation>
        </message>
    </context>
    <context>
        <name>sourcePanel</name>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ōñé]</translation>
        </message>
        <message>
            <source>Back to the page</source>
            <translation>[Ɓåçķ ţö ţĥé þåĝé ōñé ţŵō]</translation>
        </message>
    </context>
    <context>
        <name>sourceView</name>
        <message>
            <source>&lt;b&gt;About this source:&lt;/b&gt; {note}</source>
            <translation>&lt;b&gt;[Åƀöûţ ţĥîš šöûŕçé:&lt;/b&gt; {note} ōñé ţŵō]</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out of this copy:&lt;/b&gt; {what}.</source>
            <translation>&lt;b&gt;[Ļéƒţ öûţ öƒ ţĥîš çöþý:&lt;/b&gt; {what}. ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>The article</source>
            <translation>[Ţĥé åŕţîçļé ōñé]</translation>
        </message>
        <message>
            <source>These are not a news article. The editors of this app wrote them to add what the articles leave out, and to say where the articles are wrong or out of date. Each note lists the public reference it comes from.</source>
            <translation>[Ţĥéšé åŕé ñöţ å ñéŵš åŕţîçļé. Ţĥé éðîţöŕš öƒ ţĥîš åþþ ŵŕöţé ţĥéɱ ţö åðð ŵĥåţ ţĥé åŕţîçļéš ļéåṽé öûţ, åñð ţö šåý ŵĥéŕé ţĥé åŕţîçļéš åŕé ŵŕöñĝ öŕ öûţ öƒ ðåţé. Éåçĥ ñöţé ļîšţš ţĥé þûƀļîç ŕéƒéŕéñçé îţ çöɱéš ƒŕöɱ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé]</translation>
        </message>
        <message>
            <source>&lt;b&gt;Written:&lt;/b&gt; {date}</source>
            <translation>&lt;b&gt;[Ŵŕîţţéñ:&lt;/b&gt; {date} ōñé]</translation>
        </message>
        <message>
            <source>Reference: {title} – {address}</source>
            <translation>[Ŕéƒéŕéñçé: {title} – {address} ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Source panel</source>
            <translation>[Šöûŕçé þåñéļ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>[Šöûŕçé ōñé]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ōñé]</translation>
        </message>
        <message>
            <source>Close the source panel</source>
            <translation>[Çļöšé ţĥé šöûŕçé þåñéļ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Close the source panel (Esc)</source>
            <translation>[Çļöšé ţĥé šöûŕçé þåñéļ (Éšç) ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>[Šöûŕçé ţéẋţ ōñé]</translation>
        </message>
        <message>
            <source>Copy web address</source>
            <translation>[Çöþý ŵéƀ åððŕéšš ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Copy the web address of this source</source>
            <translation>[Çöþý ţĥé ŵéƀ åððŕéšš öƒ ţĥîš šöûŕçé ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Open in web browser</source>
            <translation>[Öþéñ îñ ŵéƀ ƀŕöŵšéŕ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Open this source in a web browser (needs internet)</source>
            <translation>[Öþéñ ţĥîš šöûŕçé îñ å ŵéƀ ƀŕöŵšéŕ (ñééðš îñţéŕñéţ) ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Opens your web browser. Needs an internet connection.</source>
            <translation>[Öþéñš ýöûŕ ŵéƀ ƀŕöŵšéŕ. Ñééðš åñ îñţéŕñéţ çöññéçţîöñ. ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>Source article</source>
            <translation>[Šöûŕçé åŕţîçļé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>This source: {title}. {line}</source>
            <translation>[Ţĥîš šöûŕçé: {title}. {line} ōñé ţŵō]</translation>
        </message>
        <message>
            <source>The web address was copied.</source>
            <translation>[Ţĥé ŵéƀ åððŕéšš ŵåš çöþîéð. ōñé ţŵō ţĥŕéé]</translation>
        </message>
    </context>
    <context>
        <name>sourcesPage</name>
        <message>
            <source>&lt;p&gt;Not a news article. {note}&lt;br&gt;&lt;b&gt;Written:&lt;/b&gt; {date}&lt;/p&gt;</source>
            <translation>&lt;p&gt;[Ñöţ å ñéŵš åŕţîçļé. {note}&lt;br&gt;&lt;b&gt;Ŵŕîţţéñ:&lt;/b&gt; {date} ōñé ţŵō ţĥŕéé]&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The information that came with the app.</source>
            <translation>[Ţĥé îñƒöŕɱåţîöñ ţĥåţ çåɱé ŵîţĥ ţĥé åþþ. ōñé ţŵō ţĥŕéé]</translation>
        </message>
        <message>
            <source>Content update number {number}, installed on this computer.</source>
            <translation>[Çöñţéñţ ûþðåţé ñûɱƀéŕ {number}, îñšţåļļéð öñ ţĥîš çöɱþûţéŕ. ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>A content file chosen when the app was started.</source>
            <translation>[Å çöñţéñţ ƒîļé çĥöšéñ ŵĥéñ ţĥé åþþ ŵåš šţåŕţéð. ōñé ţŵō ţĥŕéé ƒōûŕ]</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>[ñöţ šţåţéð ōñé]</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>[Ŕéṽîéŵéð ōñé]</translation>
        </message>
        <message>
            <source>Facts current to</source>
            <translation>[Ƒåçţš çûŕŕéñţ ţö ōñé ţŵō]</translation>
        </message>
        <message>
            <source>File</source>
            <translation>[Ƒîļé ōñé]</translation>
        </message>
        <message>
            <source>Signed with key</source>
            <translation>[Šîĝñéð ŵîţĥ ķéý ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Content fingerprint</source>
            <translation>[Çöñţéñţ ƒîñĝéŕþŕîñţ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>About this content</source>
            <translation>[Åƀöûţ ţĥîš çöñţéñţ ōñé ţŵō]</translation>
        </message>
        <message>
            <source>&lt;b&gt;{label}:&lt;/b&gt; {value}</source>
            <translation>&lt;b&gt;{label}:&lt;/b&gt; {value}</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>[Šöûŕçéš ōñé]</translation>
        </message>
        <message>
            <source>The pages of this app are written from these articles. Choose a title to read the whole text here, without the internet.</source>
            <translation>[Ţĥé þåĝéš öƒ ţĥîš åþþ åŕé ŵŕîţţéñ ƒŕöɱ ţĥéšé åŕţîçļéš. Çĥööšé å ţîţļé ţö ŕéåð ţĥé ŵĥöļé ţéẋţ ĥéŕé, ŵîţĥöûţ ţĥé îñţéŕñéţ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé]</translation>
        </message>
        <message>
            <source>List of sources</source>
            <translation>[Ļîšţ öƒ šöûŕçéš ōñé ţŵō]</translation>
        </message>
    </context>
    <context>
        <name>topicView</name>
        <message>
            <source>This page could not be shown: {error}. Nothing of yours was changed. Please reinstall the app, or ask the person who looks after this computer.</source>
            <translation>[Ţĥîš þåĝé çöûļð ñöţ ƀé šĥöŵñ: {error}. Ñöţĥîñĝ öƒ ýöûŕš ŵåš çĥåñĝéð. Þļéåšé ŕéîñšţåļļ ţĥé åþþ, öŕ åšķ ţĥé þéŕšöñ ŵĥö ļööķš åƒţéŕ ţĥîš çöɱþûţéŕ. ōñé ţŵō ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ]</translation>
        </message>
        <message>
            <source>Topic pages</source>
            <translation>[Ţöþîç þåĝéš ōñé]</translation>
        </message>
        <message>
            <source>Topic tabs</source>
            <translation>[Ţöþîç ţåƀš ōñé]</translation>
        </message>
        <message>
            <source>About this page</source>
            <translation>[Åƀöûţ ţĥîš þåĝé ōñé ţŵō]</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>[Ķéý þöîñţš ōñé]</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Messages</source>
            <translation>[Ṁéššåĝéš ōñé]</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>[Ţöþîçš ōñé]</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>[Þåĝé ōñé]</translation>
        </message>
        <message>
            <source>{term}: {meaning}</source>
            <translation>{term}: {meaning}</translation>
        </message>
    </context>
</TS>
