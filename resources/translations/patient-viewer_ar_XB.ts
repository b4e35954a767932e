<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_XB" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>sheet</source>
            <comment>Some of these questions are not yet available in {language}.</comment>
            <translation>‏‮sheet‬</translation>
        </message>
        <message>
            <source>sheet</source>
            <comment>{topic}: its questions are in {shown}.</comment>
            <translation>‏‮sheet‬</translation>
        </message>
        <message>
            <source>sheet</source>
            <comment>The facts behind these questions may be out of date.</comment>
            <translation>‏‮sheet‬</translation>
        </message>
        <message>
            <source>sheet</source>
            <comment>{topic}: facts current to {month}, {age} months before this sheet was made.</comment>
            <translation>‏‮sheet‬</translation>
        </message>
        <message>
            <source>sheet</source>
            <comment>Ask your care team what is new.</comment>
            <translation>‏‮sheet‬</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>&amp;View</source>
            <translation>‏&amp;‮View‬</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>‏&amp;‮Go‬</translation>
        </message>
        <message>
            <source>&amp;Content</source>
            <translation>‏&amp;‮Content‬</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>‏‮Menu‬</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>‏‮Larger‬ ‮text‬</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>‏‮Smaller‬ ‮text‬</translation>
        </message>
        <message>
            <source>Normal text size</source>
            <translation>‏‮Normal‬ ‮text‬ ‮size‬</translation>
        </message>
        <message>
            <source>High contrast on or off</source>
            <translation>‏‮High‬ ‮contrast‬ ‮on‬ ‮or‬ ‮off‬</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>‏‮Search‬</translation>
        </message>
        <message>
            <source>Topic list</source>
            <translation>‏‮Topic‬ ‮list‬</translation>
        </message>
        <message>
            <source>Tab {number}: {title}</source>
            <translation>‏‮Tab‬ {number}: {title}</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>‏‮Glossary‬</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>‏‮Sources‬</translation>
        </message>
        <message>
            <source>Close the source, or the search</source>
            <translation>‏‮Close‬ ‮the‬ ‮source‬, ‮or‬ ‮the‬ ‮search‬</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>‏&amp;‮Help‬</translation>
        </message>
        <message>
            <source>How to use this app</source>
            <translation>‏‮How‬ ‮to‬ ‮use‬ ‮this‬ ‮app‬</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>‏‮Back‬</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>‏‮Forward‬</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>The app could not open its information pages.

{error}

Nothing of yours was changed. Please reinstall the app, or ask the person who looks after this computer.</source>
            <translation>‏‮The‬ ‮app‬ ‮could‬ ‮not‬ ‮open‬ ‮its‬ ‮information‬ ‮pages‬.

{error}

‮Nothing‬ ‮of‬ ‮yours‬ ‮was‬ ‮changed‬. ‮Please‬ ‮reinstall‬ ‮the‬ ‮app‬, ‮or‬ ‮ask‬ ‮the‬ ‮person‬ ‮who‬ ‮looks‬ ‮after‬ ‮this‬ ‮computer‬.</translation>
        </message>
        <message>
            <source>This computer does not let the app save your question sheet.

You can still use everything: your sheet is kept while the app is open. Print it, or save it as a PDF in a folder you choose, before you close the app.</source>
            <translation>‏‮This‬ ‮computer‬ ‮does‬ ‮not‬ ‮let‬ ‮the‬ ‮app‬ ‮save‬ ‮your‬ ‮question‬ ‮sheet‬.

‮You‬ ‮can‬ ‮still‬ ‮use‬ ‮everything‬: ‮your‬ ‮sheet‬ ‮is‬ ‮kept‬ ‮while‬ ‮the‬ ‮app‬ ‮is‬ ‮open‬. ‮Print‬ ‮it‬, ‮or‬ ‮save‬ ‮it‬ ‮as‬ ‮a‬ ‮PDF‬ ‮in‬ ‮a‬ ‮folder‬ ‮you‬ ‮choose‬, ‮before‬ ‮you‬ ‮close‬ ‮the‬ ‮app‬.</translation>
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
            <translation>‏‮no‬ ‮date‬ ‮given‬; ‮page‬ ‮last‬ ‮reviewed‬ {date}</translation>
        </message>
        <message>
            <source>no date given</source>
            <translation>‏‮no‬ ‮date‬ ‮given‬</translation>
        </message>
    </context>
    <context>
        <name>definitionPopup</name>
        <message>
            <source>Press Esc to close.</source>
            <translation>‏‮Press‬ ‮Esc‬ ‮to‬ ‮close‬.</translation>
        </message>
        <message>
            <source>{term}: {definition}</source>
            <translation>{term}: {definition}</translation>
        </message>
        <message>
            <source>Definition of {term}</source>
            <translation>‏‮Definition‬ ‮of‬ {term}</translation>
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
            <translation>‏‮Claim‬ ‮from‬ ‮an‬ ‮official‬ ‮statement‬ ‮only‬</translation>
        </message>
        <message>
            <source>Sources disagree</source>
            <translation>‏‮Sources‬ ‮disagree‬</translation>
        </message>
        <message>
            <source>number not stated</source>
            <translation>‏‮number‬ ‮not‬ ‮stated‬</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What was found.&lt;/b&gt; {found}&lt;/p&gt;</source>
            <translation>‏&lt;p&gt;&lt;b&gt;‮What‬ ‮was‬ ‮found‬.&lt;/b&gt; {found}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{who}:&lt;/b&gt; {number}.&lt;br&gt;&lt;b&gt;Stage:&lt;/b&gt; {stage}.&lt;br&gt;&lt;b&gt;Reported by:&lt;/b&gt; {reported_by}.&lt;br&gt;&lt;b&gt;When:&lt;/b&gt; {when}.&lt;br&gt;&lt;b&gt;{peer_reviewed}.&lt;/b&gt;&lt;/p&gt;</source>
            <translation>‏&lt;p&gt;&lt;b&gt;{who}:&lt;/b&gt; {number}.&lt;br&gt;&lt;b&gt;‮Stage‬:&lt;/b&gt; {stage}.&lt;br&gt;&lt;b&gt;‮Reported‬ ‮by‬:&lt;/b&gt; {reported_by}.&lt;br&gt;&lt;b&gt;‮When‬:&lt;/b&gt; {when}.&lt;br&gt;&lt;b&gt;{peer_reviewed}.&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>No results have been reported yet.</source>
            <translation>‏‮No‬ ‮results‬ ‮have‬ ‮been‬ ‮reported‬ ‮yet‬.</translation>
        </message>
        <message numerus="yes">
            <source>%n reported result(s)</source>
            <translation>
                <numerusform>‏%n ‮reported‬ ‮results‬</numerusform>
                <numerusform>‏%n ‮reported‬ ‮result‬</numerusform>
                <numerusform>‏%n ‮reported‬ ‮results‬</numerusform>
                <numerusform>‏%n ‮reported‬ ‮results‬</numerusform>
                <numerusform>‏%n ‮reported‬ ‮results‬</numerusform>
                <numerusform>‏%n ‮reported‬ ‮results‬</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in people</source>
            <translation>
                <numerusform>‏%n ‮in‬ ‮people‬</numerusform>
                <numerusform>‏%n ‮in‬ ‮people‬</numerusform>
                <numerusform>‏%n ‮in‬ ‮people‬</numerusform>
                <numerusform>‏%n ‮in‬ ‮people‬</numerusform>
                <numerusform>‏%n ‮in‬ ‮people‬</numerusform>
                <numerusform>‏%n ‮in‬ ‮people‬</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n peer-reviewed</source>
            <translation>
                <numerusform>‏%n ‮peer‬-‮reviewed‬</numerusform>
                <numerusform>‏%n ‮peer‬-‮reviewed‬</numerusform>
                <numerusform>‏%n ‮peer‬-‮reviewed‬</numerusform>
                <numerusform>‏%n ‮peer‬-‮reviewed‬</numerusform>
                <numerusform>‏%n ‮peer‬-‮reviewed‬</numerusform>
                <numerusform>‏%n ‮peer‬-‮reviewed‬</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n from an official statement only</source>
            <translation>
                <numerusform>‏%n ‮from‬ ‮an‬ ‮official‬ ‮statement‬ ‮only‬</numerusform>
                <numerusform>‏%n ‮from‬ ‮an‬ ‮official‬ ‮statement‬ ‮only‬</numerusform>
                <numerusform>‏%n ‮from‬ ‮an‬ ‮official‬ ‮statement‬ ‮only‬</numerusform>
                <numerusform>‏%n ‮from‬ ‮an‬ ‮official‬ ‮statement‬ ‮only‬</numerusform>
                <numerusform>‏%n ‮from‬ ‮an‬ ‮official‬ ‮statement‬ ‮only‬</numerusform>
                <numerusform>‏%n ‮from‬ ‮an‬ ‮official‬ ‮statement‬ ‮only‬</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n where the sources disagree</source>
            <translation>
                <numerusform>‏%n ‮where‬ ‮the‬ ‮sources‬ ‮disagree‬</numerusform>
                <numerusform>‏%n ‮where‬ ‮the‬ ‮sources‬ ‮disagree‬</numerusform>
                <numerusform>‏%n ‮where‬ ‮the‬ ‮sources‬ ‮disagree‬</numerusform>
                <numerusform>‏%n ‮where‬ ‮the‬ ‮sources‬ ‮disagree‬</numerusform>
                <numerusform>‏%n ‮where‬ ‮the‬ ‮sources‬ ‮disagree‬</numerusform>
                <numerusform>‏%n ‮where‬ ‮the‬ ‮sources‬ ‮disagree‬</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;At a glance:&lt;/b&gt; {results} below. Of these, {first}, {second}, {third}, and {fourth}.&lt;/p&gt;</source>
            <translation>‏&lt;p&gt;&lt;b&gt;‮At‬ ‮a‬ ‮glance‬:&lt;/b&gt; {results} ‮below‬. ‮Of‬ ‮these‬, {first}, {second}, {third}, ‮and‬ {fourth}.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What we don't know yet</source>
            <translation>‏‮What‬ ‮we‬ ‮don't‬ ‮know‬ ‮yet‬</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>‏‮Where‬ ‮it‬ ‮stands‬</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>‏‮Key‬ ‮points‬</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>‏‮Not‬ ‮known‬</translation>
        </message>
        <message>
            <source>What has been reported</source>
            <translation>‏‮What‬ ‮has‬ ‮been‬ ‮reported‬</translation>
        </message>
        <message>
            <source>About this page</source>
            <translation>‏‮About‬ ‮this‬ ‮page‬</translation>
        </message>
    </context>
    <context>
        <name>finish</name>
        <message>
            <source>Finish: print and clear</source>
            <translation>‏‮Finish‬: ‮print‬ ‮and‬ ‮clear‬</translation>
        </message>
        <message>
            <source>Please collect your sheet from the printer</source>
            <translation>‏‮Please‬ ‮collect‬ ‮your‬ ‮sheet‬ ‮from‬ ‮the‬ ‮printer‬</translation>
        </message>
        <message>
            <source>Everything you chose and typed has been cleared from this computer, ready for the next person.</source>
            <translation>‏‮Everything‬ ‮you‬ ‮chose‬ ‮and‬ ‮typed‬ ‮has‬ ‮been‬ ‮cleared‬ ‮from‬ ‮this‬ ‮computer‬, ‮ready‬ ‮for‬ ‮the‬ ‮next‬ ‮person‬.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>‏‮Close‬</translation>
        </message>
        <message>
            <source>Your sheet was not printed</source>
            <translation>‏‮Your‬ ‮sheet‬ ‮was‬ ‮not‬ ‮printed‬</translation>
        </message>
        <message>
            <source>Nothing was cleared: your questions and notes are still here. Please check that the printer is switched on and has paper, then press “Finish: print and clear” again. If it still does not print, please ask at the front desk.</source>
            <translation>‏‮Nothing‬ ‮was‬ ‮cleared‬: ‮your‬ ‮questions‬ ‮and‬ ‮notes‬ ‮are‬ ‮still‬ ‮here‬. ‮Please‬ ‮check‬ ‮that‬ ‮the‬ ‮printer‬ ‮is‬ ‮switched‬ ‮on‬ ‮and‬ ‮has‬ ‮paper‬, ‮then‬ ‮press‬ “‮Finish‬: ‮print‬ ‮and‬ ‮clear‬” ‮again‬. ‮If‬ ‮it‬ ‮still‬ ‮does‬ ‮not‬ ‮print‬, ‮please‬ ‮ask‬ ‮at‬ ‮the‬ ‮front‬ ‮desk‬.</translation>
        </message>
        <message>
            <source>Back to my questions</source>
            <translation>‏‮Back‬ ‮to‬ ‮my‬ ‮questions‬</translation>
        </message>
        <message>
            <source>There is nothing on your sheet yet</source>
            <translation>‏‮There‬ ‮is‬ ‮nothing‬ ‮on‬ ‮your‬ ‮sheet‬ ‮yet‬</translation>
        </message>
        <message>
            <source>Open a topic's “Questions to ask your doctor” tab, tick the questions you want to ask or add your own, then press Finish again.</source>
            <translation>‏‮Open‬ ‮a‬ ‮topic's‬ “‮Questions‬ ‮to‬ ‮ask‬ ‮your‬ ‮doctor‬” ‮tab‬, ‮tick‬ ‮the‬ ‮questions‬ ‮you‬ ‮want‬ ‮to‬ ‮ask‬ ‮or‬ ‮add‬ ‮your‬ ‮own‬, ‮then‬ ‮press‬ ‮Finish‬ ‮again‬.</translation>
        </message>
        <message>
            <source>Print your question sheet, then clear this computer for the next person</source>
            <translation>‏‮Print‬ ‮your‬ ‮question‬ ‮sheet‬, ‮then‬ ‮clear‬ ‮this‬ ‮computer‬ ‮for‬ ‮the‬ ‮next‬ ‮person‬</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>‏‮Finished‬</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>‏‮Back‬</translation>
        </message>
        <message>
            <source>For staff: {problem}</source>
            <translation>‏‮For‬ ‮staff‬: {problem}</translation>
        </message>
        <message>
            <source>Your sheet was sent to the printer “{name}”.</source>
            <translation>‏‮Your‬ ‮sheet‬ ‮was‬ ‮sent‬ ‮to‬ ‮the‬ ‮printer‬ “{name}”.</translation>
        </message>
        <message>
            <source>Your sheet was sent to the printer.</source>
            <translation>‏‮Your‬ ‮sheet‬ ‮was‬ ‮sent‬ ‮to‬ ‮the‬ ‮printer‬.</translation>
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
            <translation>‏‮Also‬ ‮written‬ ‮as‬: {names}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between names</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Where this comes from:</source>
            <translation>‏‮Where‬ ‮this‬ ‮comes‬ ‮from‬:</translation>
        </message>
        <message>
            <source>This word is not yet explained in {language}; it is shown in {shown}.</source>
            <translation>‏‮This‬ ‮word‬ ‮is‬ ‮not‬ ‮yet‬ ‮explained‬ ‮in‬ {language}; ‮it‬ ‮is‬ ‮shown‬ ‮in‬ {shown}.</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>‏‮Glossary‬</translation>
        </message>
        <message>
            <source>Plain meanings of the harder words on the pages.</source>
            <translation>‏‮Plain‬ ‮meanings‬ ‮of‬ ‮the‬ ‮harder‬ ‮words‬ ‮on‬ ‮the‬ ‮pages‬.</translation>
        </message>
        <message>
            <source>Find a word</source>
            <translation>‏‮Find‬ ‮a‬ ‮word‬</translation>
        </message>
        <message>
            <source>Find a word in the glossary</source>
            <translation>‏‮Find‬ ‮a‬ ‮word‬ ‮in‬ ‮the‬ ‮glossary‬</translation>
        </message>
        <message>
            <source>Glossary words</source>
            <translation>‏‮Glossary‬ ‮words‬</translation>
        </message>
        <message>
            <source>Meaning of the chosen word</source>
            <translation>‏‮Meaning‬ ‮of‬ ‮the‬ ‮chosen‬ ‮word‬</translation>
        </message>
    </context>
    <context>
        <name>header</name>
        <message>
            <source>Cancer vaccines: plain facts and sources</source>
            <translation>‏‮Cancer‬ ‮vaccines‬: ‮plain‬ ‮facts‬ ‮and‬ ‮sources‬</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>‏‮Back‬</translation>
        </message>
        <message>
            <source>Go back to where you were (Alt+Left)</source>
            <translation>‏‮Go‬ ‮back‬ ‮to‬ ‮where‬ ‮you‬ ‮were‬ (‮Alt‬+‮Left‬)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>‏‮Forward‬</translation>
        </message>
        <message>
            <source>Go forward again (Alt+Right)</source>
            <translation>‏‮Go‬ ‮forward‬ ‮again‬ (‮Alt‬+‮Right‬)</translation>
        </message>
        <message>
            <source>A−</source>
            <comment>the button that makes the text smaller</comment>
            <translation>‏‮A‬−</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>‏‮Smaller‬ ‮text‬</translation>
        </message>
        <message>
            <source>Make the text smaller (Ctrl+Minus)</source>
            <translation>‏‮Make‬ ‮the‬ ‮text‬ ‮smaller‬ (‮Ctrl‬+‮Minus‬)</translation>
        </message>
        <message>
            <source>A+</source>
            <comment>the button that makes the text larger</comment>
            <translation>‏‮A‬+</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>‏‮Larger‬ ‮text‬</translation>
        </message>
        <message>
            <source>Make the text larger (Ctrl+Plus)</source>
            <translation>‏‮Make‬ ‮the‬ ‮text‬ ‮larger‬ (‮Ctrl‬+‮Plus‬)</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>‏‮High‬ ‮contrast‬</translation>
        </message>
        <message>
            <source>High contrast colours</source>
            <translation>‏‮High‬ ‮contrast‬ ‮colours‬</translation>
        </message>
        <message>
            <source>Switch between calm colours and high contrast</source>
            <translation>‏‮Switch‬ ‮between‬ ‮calm‬ ‮colours‬ ‮and‬ ‮high‬ ‮contrast‬</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>‏‮Topics‬</translation>
        </message>
        <message>
            <source>Choose a topic</source>
            <translation>‏‮Choose‬ ‮a‬ ‮topic‬</translation>
        </message>
    </context>
    <context>
        <name>helplines</name>
        <message>
            <source>USA</source>
            <translation>‏‮USA‬</translation>
        </message>
        <message>
            <source>UK</source>
            <translation>‏‮UK‬</translation>
        </message>
        <message>
            <source>National Cancer Institute, Cancer Information Service</source>
            <translation>‏‮National‬ ‮Cancer‬ ‮Institute‬, ‮Cancer‬ ‮Information‬ ‮Service‬</translation>
        </message>
        <message>
            <source>Macmillan Support Line</source>
            <translation>‏‮Macmillan‬ ‮Support‬ ‮Line‬</translation>
        </message>
        <message>
            <source>Who to call</source>
            <translation>‏‮Who‬ ‮to‬ ‮call‬</translation>
        </message>
        <message>
            <source>For a warning sign or a worry about your treatment, call your own care team first.</source>
            <translation>‏‮For‬ ‮a‬ ‮warning‬ ‮sign‬ ‮or‬ ‮a‬ ‮worry‬ ‮about‬ ‮your‬ ‮treatment‬, ‮call‬ ‮your‬ ‮own‬ ‮care‬ ‮team‬ ‮first‬.</translation>
        </message>
        <message>
            <source>This clinic: {phone}</source>
            <translation>‏‮This‬ ‮clinic‬: {phone}</translation>
        </message>
        <message>
            <source>For general questions about cancer, national information lines:</source>
            <translation>‏‮For‬ ‮general‬ ‮questions‬ ‮about‬ ‮cancer‬, ‮national‬ ‮information‬ ‮lines‬:</translation>
        </message>
        <message>
            <source>{country}: {service}, {phone}</source>
            <translation>{country}: {service}, {phone}</translation>
        </message>
        <message>
            <source>If you live in another country, ask your care team for your country's cancer information line.</source>
            <translation>‏‮If‬ ‮you‬ ‮live‬ ‮in‬ ‮another‬ ‮country‬, ‮ask‬ ‮your‬ ‮care‬ ‮team‬ ‮for‬ ‮your‬ ‮country's‬ ‮cancer‬ ‮information‬ ‮line‬.</translation>
        </message>
    </context>
    <context>
        <name>howto</name>
        <message>
            <source>How to use this app</source>
            <translation>‏‮How‬ ‮to‬ ‮use‬ ‮this‬ ‮app‬</translation>
        </message>
        <message>
            <source>Choose a topic in the list on the left, or from the Topics button at the top.</source>
            <translation>‏‮Choose‬ ‮a‬ ‮topic‬ ‮in‬ ‮the‬ ‮list‬ ‮on‬ ‮the‬ ‮left‬, ‮or‬ ‮from‬ ‮the‬ ‮Topics‬ ‮button‬ ‮at‬ ‮the‬ ‮top‬.</translation>
        </message>
        <message>
            <source>The numbers in brackets after a sentence open the article it comes from.</source>
            <translation>‏‮The‬ ‮numbers‬ ‮in‬ ‮brackets‬ ‮after‬ ‮a‬ ‮sentence‬ ‮open‬ ‮the‬ ‮article‬ ‮it‬ ‮comes‬ ‮from‬.</translation>
        </message>
        <message>
            <source>On the Questions tab, tick the questions you want to ask, then print them.</source>
            <translation>‏‮On‬ ‮the‬ ‮Questions‬ ‮tab‬, ‮tick‬ ‮the‬ ‮questions‬ ‮you‬ ‮want‬ ‮to‬ ‮ask‬, ‮then‬ ‮print‬ ‮them‬.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}.&lt;/b&gt; {sentences}</source>
            <translation>&lt;b&gt;{title}.&lt;/b&gt; {sentences}</translation>
        </message>
        <message>
            <source>Got it – hide this</source>
            <translation>‏‮Got‬ ‮it‬ – ‮hide‬ ‮this‬</translation>
        </message>
        <message>
            <source>Hide how to use this app</source>
            <translation>‏‮Hide‬ ‮how‬ ‮to‬ ‮use‬ ‮this‬ ‮app‬</translation>
        </message>
    </context>
    <context>
        <name>idle</name>
        <message>
            <source>Are you still reading?</source>
            <translation>‏‮Are‬ ‮you‬ ‮still‬ ‮reading‬?</translation>
        </message>
        <message>
            <source>I’m still here</source>
            <translation>‏‮I’m‬ ‮still‬ ‮here‬</translation>
        </message>
        <message numerus="yes">
            <source>Your questions will be cleared in %n second(s)</source>
            <translation>
                <numerusform>‏‮Your‬ ‮questions‬ ‮will‬ ‮be‬ ‮cleared‬ ‮in‬ %n ‮seconds‬</numerusform>
                <numerusform>‏‮Your‬ ‮questions‬ ‮will‬ ‮be‬ ‮cleared‬ ‮in‬ %n ‮second‬</numerusform>
                <numerusform>‏‮Your‬ ‮questions‬ ‮will‬ ‮be‬ ‮cleared‬ ‮in‬ %n ‮seconds‬</numerusform>
                <numerusform>‏‮Your‬ ‮questions‬ ‮will‬ ‮be‬ ‮cleared‬ ‮in‬ %n ‮seconds‬</numerusform>
                <numerusform>‏‮Your‬ ‮questions‬ ‮will‬ ‮be‬ ‮cleared‬ ‮in‬ %n ‮seconds‬</numerusform>
                <numerusform>‏‮Your‬ ‮questions‬ ‮will‬ ‮be‬ ‮cleared‬ ‮in‬ %n ‮seconds‬</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>installUpdate</name>
        <message>
            <source>Content packs (*.pvpack)</source>
            <translation>‏‮Content‬ ‮packs‬ (*.‮pvpack‬)</translation>
        </message>
        <message>
            <source>{file}: no signing key is trusted on this computer; ask the person who looks after it to add one to the clinic settings</source>
            <translation>‏{file}: ‮no‬ ‮signing‬ ‮key‬ ‮is‬ ‮trusted‬ ‮on‬ ‮this‬ ‮computer‬; ‮ask‬ ‮the‬ ‮person‬ ‮who‬ ‮looks‬ ‮after‬ ‮it‬ ‮to‬ ‮add‬ ‮one‬ ‮to‬ ‮the‬ ‮clinic‬ ‮settings‬</translation>
        </message>
        <message>
            <source>The update was not installed. Nothing was changed.

{problem}</source>
            <translation>‏‮The‬ ‮update‬ ‮was‬ ‮not‬ ‮installed‬. ‮Nothing‬ ‮was‬ ‮changed‬.

{problem}</translation>
        </message>
        <message>
            <source>Content update number {number} is installed (reviewed {reviewed}, facts current to {current_to}). The app will show it the next time it starts.</source>
            <translation>‏‮Content‬ ‮update‬ ‮number‬ {number} ‮is‬ ‮installed‬ (‮reviewed‬ {reviewed}, ‮facts‬ ‮current‬ ‮to‬ {current_to}). ‮The‬ ‮app‬ ‮will‬ ‮show‬ ‮it‬ ‮the‬ ‮next‬ ‮time‬ ‮it‬ ‮starts‬.</translation>
        </message>
        <message>
            <source>Install content update</source>
            <translation>‏‮Install‬ ‮content‬ ‮update‬</translation>
        </message>
        <message>
            <source>Install content update…</source>
            <translation>‏‮Install‬ ‮content‬ ‮update‬…</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>For staff: the clinic settings file has problems</source>
            <translation>‏‮For‬ ‮staff‬: ‮the‬ ‮clinic‬ ‮settings‬ ‮file‬ ‮has‬ ‮problems‬</translation>
        </message>
        <message>
            <source>The app started with safe settings for the lines below. Please pass this on to whoever looks after this computer.</source>
            <translation>‏‮The‬ ‮app‬ ‮started‬ ‮with‬ ‮safe‬ ‮settings‬ ‮for‬ ‮the‬ ‮lines‬ ‮below‬. ‮Please‬ ‮pass‬ ‮this‬ ‮on‬ ‮to‬ ‮whoever‬ ‮looks‬ ‮after‬ ‮this‬ ‮computer‬.</translation>
        </message>
        <message>
            <source>Clinic settings problems</source>
            <translation>‏‮Clinic‬ ‮settings‬ ‮problems‬</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>‏‮Continue‬</translation>
        </message>
        <message>
            <source>Clinic settings: {problem}</source>
            <translation>‏‮Clinic‬ ‮settings‬: {problem}</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>What it is</source>
            <translation>‏‮What‬ ‮it‬ ‮is‬</translation>
        </message>
        <message>
            <source>How it works</source>
            <translation>‏‮How‬ ‮it‬ ‮works‬</translation>
        </message>
        <message>
            <source>Where the evidence stands</source>
            <translation>‏‮Where‬ ‮the‬ ‮evidence‬ ‮stands‬</translation>
        </message>
        <message>
            <source>Questions to ask your doctor</source>
            <translation>‏‮Questions‬ ‮to‬ ‮ask‬ ‮your‬ ‮doctor‬</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>‏‮Evidence‬</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>‏‮Questions‬</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>‏‮Lab‬</translation>
        </message>
        <message>
            <source>Animals</source>
            <translation>‏‮Animals‬</translation>
        </message>
        <message>
            <source>Phase I</source>
            <translation>‏‮Phase‬ ‮I‬</translation>
        </message>
        <message>
            <source>Phase II</source>
            <translation>‏‮Phase‬ ‮II‬</translation>
        </message>
        <message>
            <source>Phase III</source>
            <translation>‏‮Phase‬ ‮III‬</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>‏‮Approved‬</translation>
        </message>
        <message>
            <source>In cells in a lab</source>
            <translation>‏‮In‬ ‮cells‬ ‮in‬ ‮a‬ ‮lab‬</translation>
        </message>
        <message>
            <source>In animals</source>
            <translation>‏‮In‬ ‮animals‬</translation>
        </message>
        <message>
            <source>In people</source>
            <translation>‏‮In‬ ‮people‬</translation>
        </message>
        <message>
            <source>Not clear who it was seen in</source>
            <translation>‏‮Not‬ ‮clear‬ ‮who‬ ‮it‬ ‮was‬ ‮seen‬ ‮in‬</translation>
        </message>
        <message>
            <source>Peer-reviewed</source>
            <translation>‏‮Peer‬-‮reviewed‬</translation>
        </message>
        <message>
            <source>Not peer-reviewed</source>
            <translation>‏‮Not‬ ‮peer‬-‮reviewed‬</translation>
        </message>
        <message>
            <source>Peer review not stated</source>
            <translation>‏‮Peer‬ ‮review‬ ‮not‬ ‮stated‬</translation>
        </message>
        <message>
            <source>News report</source>
            <translation>‏‮News‬ ‮report‬</translation>
        </message>
        <message>
            <source>Opinion article</source>
            <translation>‏‮Opinion‬ ‮article‬</translation>
        </message>
        <message>
            <source>Health website</source>
            <translation>‏‮Health‬ ‮website‬</translation>
        </message>
        <message>
            <source>Background notes from the editors of this app</source>
            <translation>‏‮Background‬ ‮notes‬ ‮from‬ ‮the‬ ‮editors‬ ‮of‬ ‮this‬ ‮app‬</translation>
        </message>
        <message>
            <source>Availability and trials</source>
            <translation>‏‮Availability‬ ‮and‬ ‮trials‬</translation>
        </message>
        <message>
            <source>Benefits and evidence</source>
            <translation>‏‮Benefits‬ ‮and‬ ‮evidence‬</translation>
        </message>
        <message>
            <source>Risks and side effects</source>
            <translation>‏‮Risks‬ ‮and‬ ‮side‬ ‮effects‬</translation>
        </message>
        <message>
            <source>Cost and practical matters</source>
            <translation>‏‮Cost‬ ‮and‬ ‮practical‬ ‮matters‬</translation>
        </message>
        <message>
            <source>My current treatment</source>
            <translation>‏‮My‬ ‮current‬ ‮treatment‬</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>‏‮Topic‬</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>‏‮Page‬</translation>
        </message>
        <message>
            <source>Question to ask</source>
            <translation>‏‮Question‬ ‮to‬ ‮ask‬</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>‏‮Glossary‬</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>‏‮Article‬</translation>
        </message>
        <message>
            <source>Show more topics</source>
            <translation>‏‮Show‬ ‮more‬ ‮topics‬</translation>
        </message>
        <message>
            <source>Show more pages</source>
            <translation>‏‮Show‬ ‮more‬ ‮pages‬</translation>
        </message>
        <message>
            <source>Show more questions to ask</source>
            <translation>‏‮Show‬ ‮more‬ ‮questions‬ ‮to‬ ‮ask‬</translation>
        </message>
        <message>
            <source>Show more glossary words</source>
            <translation>‏‮Show‬ ‮more‬ ‮glossary‬ ‮words‬</translation>
        </message>
        <message>
            <source>Show more passages from articles</source>
            <translation>‏‮Show‬ ‮more‬ ‮passages‬ ‮from‬ ‮articles‬</translation>
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
            <translation>‏‮Evidence‬ ‮ladder‬, ‮in‬ ‮six‬ ‮steps‬: {steps}. {stage}.</translation>
        </message>
        <message>
            <source>Evidence ladder, in six steps: {steps}. Where this treatment stands is not known.</source>
            <translation>‏‮Evidence‬ ‮ladder‬, ‮in‬ ‮six‬ ‮steps‬: {steps}. ‮Where‬ ‮this‬ ‮treatment‬ ‮stands‬ ‮is‬ ‮not‬ ‮known‬.</translation>
        </message>
        <message>
            <source>Evidence ladder, in six steps: {steps}. This treatment has reached step {reached} of 6, {step}: {stage}.</source>
            <translation>‏‮Evidence‬ ‮ladder‬, ‮in‬ ‮six‬ ‮steps‬: {steps}. ‮This‬ ‮treatment‬ ‮has‬ ‮reached‬ ‮step‬ {reached} ‮of‬ 6, {step}: {stage}.</translation>
        </message>
        <message>
            <source>Evidence ladder</source>
            <translation>‏‮Evidence‬ ‮ladder‬</translation>
        </message>
        <message>
            <source>It is here</source>
            <translation>‏‮It‬ ‮is‬ ‮here‬</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>English</source>
            <translation>‏‮English‬</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>‏&amp;‮Language‬</translation>
        </message>
    </context>
    <context>
        <name>mySheet</name>
        <message>
            <source>Name</source>
            <translation>‏‮Name‬</translation>
        </message>
        <message>
            <source>Appointment date</source>
            <translation>‏‮Appointment‬ ‮date‬</translation>
        </message>
        <message>
            <source>Doctor or clinic</source>
            <translation>‏‮Doctor‬ ‮or‬ ‮clinic‬</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>‏‮optional‬</translation>
        </message>
        <message>
            <source>for example: Tuesday 14 March, 10:30</source>
            <translation>‏‮for‬ ‮example‬: ‮Tuesday‬ 14 ‮March‬, 10:30</translation>
        </message>
        <message>
            <source>My sheet</source>
            <translation>‏‮My‬ ‮sheet‬</translation>
        </message>
        <message>
            <source>Everything you ticked or added, from every topic. Put the most important first: drag, or use Move up and Move down (Alt+Up, Alt+Down).</source>
            <translation>‏‮Everything‬ ‮you‬ ‮ticked‬ ‮or‬ ‮added‬, ‮from‬ ‮every‬ ‮topic‬. ‮Put‬ ‮the‬ ‮most‬ ‮important‬ ‮first‬: ‮drag‬, ‮or‬ ‮use‬ ‮Move‬ ‮up‬ ‮and‬ ‮Move‬ ‮down‬ (‮Alt‬+‮Up‬, ‮Alt‬+‮Down‬).</translation>
        </message>
        <message>
            <source>Add my own question</source>
            <translation>‏‮Add‬ ‮my‬ ‮own‬ ‮question‬</translation>
        </message>
        <message>
            <source>My own question</source>
            <translation>‏‮My‬ ‮own‬ ‮question‬</translation>
        </message>
        <message>
            <source>Type a question of your own</source>
            <translation>‏‮Type‬ ‮a‬ ‮question‬ ‮of‬ ‮your‬ ‮own‬</translation>
        </message>
        <message>
            <source>Enter adds it to your sheet. Shift+Enter starts a new line.</source>
            <translation>‏‮Enter‬ ‮adds‬ ‮it‬ ‮to‬ ‮your‬ ‮sheet‬. ‮Shift‬+‮Enter‬ ‮starts‬ ‮a‬ ‮new‬ ‮line‬.</translation>
        </message>
        <message>
            <source>Add to my sheet</source>
            <translation>‏‮Add‬ ‮to‬ ‮my‬ ‮sheet‬</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>‏‮Cancel‬</translation>
        </message>
        <message>
            <source>Nothing on your sheet yet. Tick the questions you want to ask, or add your own above.</source>
            <translation>‏‮Nothing‬ ‮on‬ ‮your‬ ‮sheet‬ ‮yet‬. ‮Tick‬ ‮the‬ ‮questions‬ ‮you‬ ‮want‬ ‮to‬ ‮ask‬, ‮or‬ ‮add‬ ‮your‬ ‮own‬ ‮above‬.</translation>
        </message>
        <message>
            <source>My sheet: the questions I will ask, in order</source>
            <translation>‏‮My‬ ‮sheet‬: ‮the‬ ‮questions‬ ‮I‬ ‮will‬ ‮ask‬, ‮in‬ ‮order‬</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>‏‮Move‬ ‮up‬</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>‏‮Move‬ ‮down‬</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>‏‮Edit‬</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>‏‮Remove‬</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>‏‮My‬ ‮notes‬</translation>
        </message>
        <message>
            <source>Anything you want to remember or tell your care team</source>
            <translation>‏‮Anything‬ ‮you‬ ‮want‬ ‮to‬ ‮remember‬ ‮or‬ ‮tell‬ ‮your‬ ‮care‬ ‮team‬</translation>
        </message>
        <message>
            <source>Your details (printed at the top of the sheet)</source>
            <translation>‏‮Your‬ ‮details‬ (‮printed‬ ‮at‬ ‮the‬ ‮top‬ ‮of‬ ‮the‬ ‮sheet‬)</translation>
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
            <translation>‏‮Save‬ ‮changes‬</translation>
        </message>
    </context>
    <context>
        <name>navigation</name>
        <message>
            <source>Glossary</source>
            <translation>‏‮Glossary‬</translation>
        </message>
        <message>
            <source>Plain meanings of the harder words</source>
            <translation>‏‮Plain‬ ‮meanings‬ ‮of‬ ‮the‬ ‮harder‬ ‮words‬</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>‏‮Sources‬</translation>
        </message>
        <message>
            <source>The articles these pages are written from</source>
            <translation>‏‮The‬ ‮articles‬ ‮these‬ ‮pages‬ ‮are‬ ‮written‬ ‮from‬</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>‏‮Topics‬</translation>
        </message>
        <message>
            <source>{summary} (in {language})</source>
            <translation>‏{summary} (‮in‬ {language})</translation>
        </message>
    </context>
    <context>
        <name>opening</name>
        <message>
            <source>Content updates are not used: {problem}</source>
            <translation>‏‮Content‬ ‮updates‬ ‮are‬ ‮not‬ ‮used‬: {problem}</translation>
        </message>
        <message>
            <source>A content update was passed over: {problem}</source>
            <translation>‏‮A‬ ‮content‬ ‮update‬ ‮was‬ ‮passed‬ ‮over‬: {problem}</translation>
        </message>
        <message>
            <source>{problem}. Using the copy rebuilt earlier from the articles that ship with the app.</source>
            <translation>‏{problem}. ‮Using‬ ‮the‬ ‮copy‬ ‮rebuilt‬ ‮earlier‬ ‮from‬ ‮the‬ ‮articles‬ ‮that‬ ‮ship‬ ‮with‬ ‮the‬ ‮app‬.</translation>
        </message>
        <message>
            <source>{problem}. It was rebuilt from the articles that ship with the app; your own questions and notes were not touched.</source>
            <translation>‏{problem}. ‮It‬ ‮was‬ ‮rebuilt‬ ‮from‬ ‮the‬ ‮articles‬ ‮that‬ ‮ship‬ ‮with‬ ‮the‬ ‮app‬; ‮your‬ ‮own‬ ‮questions‬ ‮and‬ ‮notes‬ ‮were‬ ‮not‬ ‮touched‬.</translation>
        </message>
        <message>
            <source>This computer does not let the app keep the repaired copy, so it will be rebuilt again next time.</source>
            <translation>‏‮This‬ ‮computer‬ ‮does‬ ‮not‬ ‮let‬ ‮the‬ ‮app‬ ‮keep‬ ‮the‬ ‮repaired‬ ‮copy‬, ‮so‬ ‮it‬ ‮will‬ ‮be‬ ‮rebuilt‬ ‮again‬ ‮next‬ ‮time‬.</translation>
        </message>
        <message>
            <source>Using content update number {number} instead.</source>
            <translation>‏‮Using‬ ‮content‬ ‮update‬ ‮number‬ {number} ‮instead‬.</translation>
        </message>
        <message>
            <source>Using the content that came with the app instead.</source>
            <translation>‏‮Using‬ ‮the‬ ‮content‬ ‮that‬ ‮came‬ ‮with‬ ‮the‬ ‮app‬ ‮instead‬.</translation>
        </message>
        <message>
            <source>{problem}. It could not be repaired either, because this computer does not let the app write a repaired copy ({cause})</source>
            <translation>‏{problem}. ‮It‬ ‮could‬ ‮not‬ ‮be‬ ‮repaired‬ ‮either‬, ‮because‬ ‮this‬ ‮computer‬ ‮does‬ ‮not‬ ‮let‬ ‮the‬ ‮app‬ ‮write‬ ‮a‬ ‮repaired‬ ‮copy‬ ({cause})</translation>
        </message>
        <message>
            <source>Your saved question sheet could not be read ({problem}).</source>
            <translation>‏‮Your‬ ‮saved‬ ‮question‬ ‮sheet‬ ‮could‬ ‮not‬ ‮be‬ ‮read‬ ({problem}).</translation>
        </message>
        <message>
            <source>Your saved question sheet could not be read ({problem}). It was kept as {file} and a new, empty sheet was started.</source>
            <translation>‏‮Your‬ ‮saved‬ ‮question‬ ‮sheet‬ ‮could‬ ‮not‬ ‮be‬ ‮read‬ ({problem}). ‮It‬ ‮was‬ ‮kept‬ ‮as‬ {file} ‮and‬ ‮a‬ ‮new‬, ‮empty‬ ‮sheet‬ ‮was‬ ‮started‬.</translation>
        </message>
    </context>
    <context>
        <name>page</name>
        <message>
            <source>Key points</source>
            <translation>‏‮Key‬ ‮points‬</translation>
        </message>
        <message>
            <source>On this page</source>
            <translation>‏‮On‬ ‮this‬ ‮page‬</translation>
        </message>
        <message>
            <source>The facts on it are current to {month}.</source>
            <translation>‏‮The‬ ‮facts‬ ‮on‬ ‮it‬ ‮are‬ ‮current‬ ‮to‬ {month}.</translation>
        </message>
        <message>
            <source>A person last checked this page against its sources on {date}.</source>
            <translation>‏‮A‬ ‮person‬ ‮last‬ ‮checked‬ ‮this‬ ‮page‬ ‮against‬ ‮its‬ ‮sources‬ ‮on‬ {date}.</translation>
        </message>
        <message>
            <source>Newer results may exist since then.</source>
            <translation>‏‮Newer‬ ‮results‬ ‮may‬ ‮exist‬ ‮since‬ ‮then‬.</translation>
        </message>
        <message>
            <source>Sources for this page</source>
            <translation>‏‮Sources‬ ‮for‬ ‮this‬ ‮page‬</translation>
        </message>
        <message>
            <source>This page is for discussion with your care team. It is not advice about your treatment.</source>
            <translation>‏‮This‬ ‮page‬ ‮is‬ ‮for‬ ‮discussion‬ ‮with‬ ‮your‬ ‮care‬ ‮team‬. ‮It‬ ‮is‬ ‮not‬ ‮advice‬ ‮about‬ ‮your‬ ‮treatment‬.</translation>
        </message>
        <message>
            <source>Opens the source at the words quoted</source>
            <translation>‏‮Opens‬ ‮the‬ ‮source‬ ‮at‬ ‮the‬ ‮words‬ ‮quoted‬</translation>
        </message>
        <message>
            <source>Opens this topic</source>
            <translation>‏‮Opens‬ ‮this‬ ‮topic‬</translation>
        </message>
        <message>
            <source>Opens the source</source>
            <translation>‏‮Opens‬ ‮the‬ ‮source‬</translation>
        </message>
        <message>
            <source>Goes to this part of the page</source>
            <translation>‏‮Goes‬ ‮to‬ ‮this‬ ‮part‬ ‮of‬ ‮the‬ ‮page‬</translation>
        </message>
        <message>
            <source>Scroll {area}</source>
            <translation>‏‮Scroll‬ {area}</translation>
        </message>
        <message>
            <source>more than {years} years old</source>
            <translation>‏‮more‬ ‮than‬ {years} ‮years‬ ‮old‬</translation>
        </message>
        <message>
            <source>{months} months old</source>
            <translation>‏{months} ‮months‬ ‮old‬</translation>
        </message>
        <message>
            <source>The facts on this page are current to {month}: they are {old}. Newer results may exist. Ask your care team what is new.</source>
            <translation>‏‮The‬ ‮facts‬ ‮on‬ ‮this‬ ‮page‬ ‮are‬ ‮current‬ ‮to‬ {month}: ‮they‬ ‮are‬ {old}. ‮Newer‬ ‮results‬ ‮may‬ ‮exist‬. ‮Ask‬ ‮your‬ ‮care‬ ‮team‬ ‮what‬ ‮is‬ ‮new‬.</translation>
        </message>
        <message>
            <source>This page is not yet available in {language}; it is shown in {shown}.</source>
            <translation>‏‮This‬ ‮page‬ ‮is‬ ‮not‬ ‮yet‬ ‮available‬ ‮in‬ {language}; ‮it‬ ‮is‬ ‮shown‬ ‮in‬ {shown}.</translation>
        </message>
    </context>
    <context>
        <name>preview</name>
        <message>
            <source>Print preview tools</source>
            <translation>‏‮Print‬ ‮preview‬ ‮tools‬</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>‏‮Print‬…</translation>
        </message>
        <message>
            <source>Print my question sheet</source>
            <translation>‏‮Print‬ ‮my‬ ‮question‬ ‮sheet‬</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>‏‮Close‬</translation>
        </message>
        <message>
            <source>Close the print preview</source>
            <translation>‏‮Close‬ ‮the‬ ‮print‬ ‮preview‬</translation>
        </message>
    </context>
    <context>
        <name>questionRow</name>
        <message>
            <source>Why ask this?</source>
            <translation>‏‮Why‬ ‮ask‬ ‮this‬?</translation>
        </message>
        <message>
            <source>Why ask: {question}</source>
            <translation>‏‮Why‬ ‮ask‬: {question}</translation>
        </message>
        <message>
            <source>From: {sources}</source>
            <translation>‏‮From‬: {sources}</translation>
        </message>
    </context>
    <context>
        <name>questions</name>
        <message>
            <source>Questions</source>
            <translation>‏‮Questions‬</translation>
        </message>
        <message>
            <source>Show the questions</source>
            <translation>‏‮Show‬ ‮the‬ ‮questions‬</translation>
        </message>
        <message numerus="yes">
            <source>My sheet (%n)</source>
            <translation>
                <numerusform>‏‮My‬ ‮sheet‬ (%n)</numerusform>
                <numerusform>‏‮My‬ ‮sheet‬ (%n)</numerusform>
                <numerusform>‏‮My‬ ‮sheet‬ (%n)</numerusform>
                <numerusform>‏‮My‬ ‮sheet‬ (%n)</numerusform>
                <numerusform>‏‮My‬ ‮sheet‬ (%n)</numerusform>
                <numerusform>‏‮My‬ ‮sheet‬ (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show my sheet: %n question(s) on it</source>
            <translation>
                <numerusform>‏‮Show‬ ‮my‬ ‮sheet‬: %n ‮questions‬ ‮on‬ ‮it‬</numerusform>
                <numerusform>‏‮Show‬ ‮my‬ ‮sheet‬: %n ‮question‬ ‮on‬ ‮it‬</numerusform>
                <numerusform>‏‮Show‬ ‮my‬ ‮sheet‬: %n ‮questions‬ ‮on‬ ‮it‬</numerusform>
                <numerusform>‏‮Show‬ ‮my‬ ‮sheet‬: %n ‮questions‬ ‮on‬ ‮it‬</numerusform>
                <numerusform>‏‮Show‬ ‮my‬ ‮sheet‬: %n ‮questions‬ ‮on‬ ‮it‬</numerusform>
                <numerusform>‏‮Show‬ ‮my‬ ‮sheet‬: %n ‮questions‬ ‮on‬ ‮it‬</numerusform>
            </translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>‏‮What‬ ‮happened‬</translation>
        </message>
        <message>
            <source>My sheet: chosen questions, own questions, notes and details</source>
            <translation>‏‮My‬ ‮sheet‬: ‮chosen‬ ‮questions‬, ‮own‬ ‮questions‬, ‮notes‬ ‮and‬ ‮details‬</translation>
        </message>
        <message>
            <source>Clear my sheet?

This removes your ticked questions, your own questions, your notes and your name from this computer. It cannot be undone.</source>
            <translation>‏‮Clear‬ ‮my‬ ‮sheet‬?

‮This‬ ‮removes‬ ‮your‬ ‮ticked‬ ‮questions‬, ‮your‬ ‮own‬ ‮questions‬, ‮your‬ ‮notes‬ ‮and‬ ‮your‬ ‮name‬ ‮from‬ ‮this‬ ‮computer‬. ‮It‬ ‮cannot‬ ‮be‬ ‮undone‬.</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>‏‮Print‬ ‮preview‬</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>‏‮Print‬…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>‏‮Save‬ ‮as‬ ‮PDF‬…</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>‏‮Large‬ ‮print‬</translation>
        </message>
        <message>
            <source>Clear my sheet…</source>
            <translation>‏‮Clear‬ ‮my‬ ‮sheet‬…</translation>
        </message>
        <message>
            <source>Remove everything on this sheet from this computer</source>
            <translation>‏‮Remove‬ ‮everything‬ ‮on‬ ‮this‬ ‮sheet‬ ‮from‬ ‮this‬ ‮computer‬</translation>
        </message>
        <message>
            <source>Print preview – my question sheet</source>
            <translation>‏‮Print‬ ‮preview‬ – ‮my‬ ‮question‬ ‮sheet‬</translation>
        </message>
        <message>
            <source>The sheet could not be printed: {problem}</source>
            <translation>‏‮The‬ ‮sheet‬ ‮could‬ ‮not‬ ‮be‬ ‮printed‬: {problem}</translation>
        </message>
        <message>
            <source>Save my question sheet as PDF</source>
            <translation>‏‮Save‬ ‮my‬ ‮question‬ ‮sheet‬ ‮as‬ ‮PDF‬</translation>
        </message>
        <message>
            <source>my-questions.pdf</source>
            <translation>‏‮my‬-‮questions‬.‮pdf‬</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>‏‮PDF‬ ‮files‬ (*.‮pdf‬)</translation>
        </message>
        <message>
            <source>The sheet was not saved: {problem}</source>
            <translation>‏‮The‬ ‮sheet‬ ‮was‬ ‮not‬ ‮saved‬: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>Your question sheet is saved: %n page(s), in the file “{file}” in the folder “{folder}”.</source>
            <translation>
                <numerusform>‏‮Your‬ ‮question‬ ‮sheet‬ ‮is‬ ‮saved‬: %n ‮pages‬, ‮in‬ ‮the‬ ‮file‬ “{file}” ‮in‬ ‮the‬ ‮folder‬ “{folder}”.</numerusform>
                <numerusform>‏‮Your‬ ‮question‬ ‮sheet‬ ‮is‬ ‮saved‬: %n ‮page‬, ‮in‬ ‮the‬ ‮file‬ “{file}” ‮in‬ ‮the‬ ‮folder‬ “{folder}”.</numerusform>
                <numerusform>‏‮Your‬ ‮question‬ ‮sheet‬ ‮is‬ ‮saved‬: %n ‮pages‬, ‮in‬ ‮the‬ ‮file‬ “{file}” ‮in‬ ‮the‬ ‮folder‬ “{folder}”.</numerusform>
                <numerusform>‏‮Your‬ ‮question‬ ‮sheet‬ ‮is‬ ‮saved‬: %n ‮pages‬, ‮in‬ ‮the‬ ‮file‬ “{file}” ‮in‬ ‮the‬ ‮folder‬ “{folder}”.</numerusform>
                <numerusform>‏‮Your‬ ‮question‬ ‮sheet‬ ‮is‬ ‮saved‬: %n ‮pages‬, ‮in‬ ‮the‬ ‮file‬ “{file}” ‮in‬ ‮the‬ ‮folder‬ “{folder}”.</numerusform>
                <numerusform>‏‮Your‬ ‮question‬ ‮sheet‬ ‮is‬ ‮saved‬: %n ‮pages‬, ‮in‬ ‮the‬ ‮file‬ “{file}” ‮in‬ ‮the‬ ‮folder‬ “{folder}”.</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear my sheet</source>
            <translation>‏‮Clear‬ ‮my‬ ‮sheet‬</translation>
        </message>
        <message>
            <source>Clear everything</source>
            <translation>‏‮Clear‬ ‮everything‬</translation>
        </message>
        <message>
            <source>Your sheet was cleared. Nothing of it is left on this computer.</source>
            <translation>‏‮Your‬ ‮sheet‬ ‮was‬ ‮cleared‬. ‮Nothing‬ ‮of‬ ‮it‬ ‮is‬ ‮left‬ ‮on‬ ‮this‬ ‮computer‬.</translation>
        </message>
        <message>
            <source>Questions for this topic</source>
            <translation>‏‮Questions‬ ‮for‬ ‮this‬ ‮topic‬</translation>
        </message>
    </context>
    <context>
        <name>readAloud</name>
        <message>
            <source>Read aloud controls</source>
            <translation>‏‮Read‬ ‮aloud‬ ‮controls‬</translation>
        </message>
        <message>
            <source>Not available: {reason}.</source>
            <translation>‏‮Not‬ ‮available‬: {reason}.</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>‏‮Read‬ ‮aloud‬</translation>
        </message>
        <message>
            <source>Read aloud: {reason}</source>
            <translation>‏‮Read‬ ‮aloud‬: {reason}</translation>
        </message>
        <message>
            <source>This computer cannot read the page aloud: {reason}.</source>
            <translation>‏‮This‬ ‮computer‬ ‮cannot‬ ‮read‬ ‮the‬ ‮page‬ ‮aloud‬: {reason}.</translation>
        </message>
        <message>
            <source>Stop reading</source>
            <translation>‏‮Stop‬ ‮reading‬</translation>
        </message>
        <message>
            <source>Stop reading aloud (Ctrl+Shift+R)</source>
            <translation>‏‮Stop‬ ‮reading‬ ‮aloud‬ (‮Ctrl‬+‮Shift‬+‮R‬)</translation>
        </message>
        <message>
            <source>Read this page aloud from the top, and show each sentence as it is read (Ctrl+Shift+R)</source>
            <translation>‏‮Read‬ ‮this‬ ‮page‬ ‮aloud‬ ‮from‬ ‮the‬ ‮top‬, ‮and‬ ‮show‬ ‮each‬ ‮sentence‬ ‮as‬ ‮it‬ ‮is‬ ‮read‬ (‮Ctrl‬+‮Shift‬+‮R‬)</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>‏‮Resume‬</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>‏‮Pause‬</translation>
        </message>
        <message>
            <source>Resume reading</source>
            <translation>‏‮Resume‬ ‮reading‬</translation>
        </message>
        <message>
            <source>Pause reading</source>
            <translation>‏‮Pause‬ ‮reading‬</translation>
        </message>
        <message>
            <source>Resume reading (Ctrl+Shift+P)</source>
            <translation>‏‮Resume‬ ‮reading‬ (‮Ctrl‬+‮Shift‬+‮P‬)</translation>
        </message>
        <message>
            <source>Pause reading (Ctrl+Shift+P)</source>
            <translation>‏‮Pause‬ ‮reading‬ (‮Ctrl‬+‮Shift‬+‮P‬)</translation>
        </message>
        <message>
            <source>Read aloud: not available</source>
            <translation>‏‮Read‬ ‮aloud‬: ‮not‬ ‮available‬</translation>
        </message>
        <message>
            <source>no voice is installed with this app</source>
            <translation>‏‮no‬ ‮voice‬ ‮is‬ ‮installed‬ ‮with‬ ‮this‬ ‮app‬</translation>
        </message>
        <message>
            <source>no sound output on this computer</source>
            <translation>‏‮no‬ ‮sound‬ ‮output‬ ‮on‬ ‮this‬ ‮computer‬</translation>
        </message>
    </context>
    <context>
        <name>rich</name>
        <message>
            <source>Source {number}: {title}</source>
            <translation>‏‮Source‬ {number}: {title}</translation>
        </message>
        <message>
            <source>{meaning} (in {language})</source>
            <translation>‏{meaning} (‮in‬ {language})</translation>
        </message>
        <message>
            <source>{term}: {meaning}</source>
            <translation>{term}: {meaning}</translation>
        </message>
        <message>
            <source>Written by the editors of this app from public references, {date}</source>
            <translation>‏‮Written‬ ‮by‬ ‮the‬ ‮editors‬ ‮of‬ ‮this‬ ‮app‬ ‮from‬ ‮public‬ ‮references‬, {date}</translation>
        </message>
        <message>
            <source>outlet not named</source>
            <translation>‏‮outlet‬ ‮not‬ ‮named‬</translation>
        </message>
        <message>
            <source>{kind}, {outlet}, {date}</source>
            <translation>{kind}, {outlet}, {date}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>‏‮not‬ ‮recorded‬</translation>
        </message>
        <message>
            <source>not named in the text</source>
            <translation>‏‮not‬ ‮named‬ ‮in‬ ‮the‬ ‮text‬</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>‏‮Kind‬</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>‏‮Outlet‬</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>‏‮Author‬</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>‏‮Date‬</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>‏‮Web‬ ‮address‬</translation>
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
            <translation>‏‮Question‬ – {topic}</translation>
        </message>
        <message>
            <source>Glossary – {term}</source>
            <translation>‏‮Glossary‬ – {term}</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>‏‮Search‬ ‮results‬</translation>
        </message>
        <message>
            <source>Results for “{query}”, the best first. Press Enter on one to go there.</source>
            <translation>‏‮Results‬ ‮for‬ “{query}”, ‮the‬ ‮best‬ ‮first‬. ‮Press‬ ‮Enter‬ ‮on‬ ‮one‬ ‮to‬ ‮go‬ ‮there‬.</translation>
        </message>
        <message>
            <source>Nothing found for “{query}”. Try a shorter or different word.</source>
            <translation>‏‮Nothing‬ ‮found‬ ‮for‬ “{query}”. ‮Try‬ ‮a‬ ‮shorter‬ ‮or‬ ‮different‬ ‮word‬.</translation>
        </message>
    </context>
    <context>
        <name>searchBox</name>
        <message>
            <source>Search topics, questions, words and articles  (Ctrl+F)</source>
            <translation>‏‮Search‬ ‮topics‬, ‮questions‬, ‮words‬ ‮and‬ ‮articles‬  (‮Ctrl‬+‮F‬)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>‏‮Search‬</translation>
        </message>
        <message>
            <source>Results appear as you type. Press Down to reach them.</source>
            <translation>‏‮Results‬ ‮appear‬ ‮as‬ ‮you‬ ‮type‬. ‮Press‬ ‮Down‬ ‮to‬ ‮reach‬ ‮them‬.</translation>
        </message>
    </context>
    <context>
        <name>sheet</name>
        <message>
            <source>My questions</source>
            <translation>‏‮My‬ ‮questions‬</translation>
        </message>
        <message>
            <source>About: {topics}</source>
            <translation>‏‮About‬: {topics}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the topics a sheet is about</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>Made on {date}</source>
            <translation>‏‮Made‬ ‮on‬ {date}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>‏‮Name‬</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>‏‮Appointment‬</translation>
        </message>
        <message>
            <source>Doctor or clinic</source>
            <translation>‏‮Doctor‬ ‮or‬ ‮clinic‬</translation>
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
            <translation>‏‮My‬ ‮own‬ ‮question‬</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between source numbers</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>Source(s) {numbers}, listed at the end of the sheet.</source>
            <translation>
                <numerusform>‏‮Sources‬ {numbers}, ‮listed‬ ‮at‬ ‮the‬ ‮end‬ ‮of‬ ‮the‬ ‮sheet‬.</numerusform>
                <numerusform>‏‮Source‬ {numbers}, ‮listed‬ ‮at‬ ‮the‬ ‮end‬ ‮of‬ ‮the‬ ‮sheet‬.</numerusform>
                <numerusform>‏‮Sources‬ {numbers}, ‮listed‬ ‮at‬ ‮the‬ ‮end‬ ‮of‬ ‮the‬ ‮sheet‬.</numerusform>
                <numerusform>‏‮Sources‬ {numbers}, ‮listed‬ ‮at‬ ‮the‬ ‮end‬ ‮of‬ ‮the‬ ‮sheet‬.</numerusform>
                <numerusform>‏‮Sources‬ {numbers}, ‮listed‬ ‮at‬ ‮the‬ ‮end‬ ‮of‬ ‮the‬ ‮sheet‬.</numerusform>
                <numerusform>‏‮Sources‬ {numbers}, ‮listed‬ ‮at‬ ‮the‬ ‮end‬ ‮of‬ ‮the‬ ‮sheet‬.</numerusform>
            </translation>
        </message>
        <message>
            <source>{topic}. {sources}</source>
            <translation>{topic}. {sources}</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>‏‮My‬ ‮notes‬</translation>
        </message>
        <message>
            <source>Where these questions come from</source>
            <translation>‏‮Where‬ ‮these‬ ‮questions‬ ‮come‬ ‮from‬</translation>
        </message>
        <message>
            <source>Reference: {reference}</source>
            <translation>‏‮Reference‬: {reference}</translation>
        </message>
        <message>
            <source>No web address recorded.</source>
            <translation>‏‮No‬ ‮web‬ ‮address‬ ‮recorded‬.</translation>
        </message>
        <message>
            <source>Questions for my appointment</source>
            <translation>‏‮Questions‬ ‮for‬ ‮my‬ ‮appointment‬</translation>
        </message>
        <message>
            <source>This sheet is for discussion with your care team. It is not medical advice.</source>
            <translation>‏‮This‬ ‮sheet‬ ‮is‬ ‮for‬ ‮discussion‬ ‮with‬ ‮your‬ ‮care‬ ‮team‬. ‮It‬ ‮is‬ ‮not‬ ‮medical‬ ‮advice‬.</translation>
        </message>
        <message>
            <source>For discussion with your care team</source>
            <translation>‏‮For‬ ‮discussion‬ ‮with‬ ‮your‬ ‮care‬ ‮team‬</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>‏‮Page‬ {page} ‮of‬ {pages}</translation>
        </message>
    </context>
    <context>
        <name>sourcePanel</name>
        <message>
            <source>Close</source>
            <translation>‏‮Close‬</translation>
        </message>
        <message>
            <source>Back to the page</source>
            <translation>‏‮Back‬ ‮to‬ ‮the‬ ‮page‬</translation>
        </message>
    </context>
    <context>
        <name>sourceView</name>
        <message>
            <source>&lt;b&gt;About this source:&lt;/b&gt; {note}</source>
            <translation>‏&lt;b&gt;‮About‬ ‮this‬ ‮source‬:&lt;/b&gt; {note}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out of this copy:&lt;/b&gt; {what}.</source>
            <translation>‏&lt;b&gt;‮Left‬ ‮out‬ ‮of‬ ‮this‬ ‮copy‬:&lt;/b&gt; {what}.</translation>
        </message>
        <message>
            <source>The article</source>
            <translation>‏‮The‬ ‮article‬</translation>
        </message>
        <message>
            <source>These are not a news article. The editors of this app wrote them to add what the articles leave out, and to say where the articles are wrong or out of date. Each note lists the public reference it comes from.</source>
            <translation>‏‮These‬ ‮are‬ ‮not‬ ‮a‬ ‮news‬ ‮article‬. ‮The‬ ‮editors‬ ‮of‬ ‮this‬ ‮app‬ ‮wrote‬ ‮them‬ ‮to‬ ‮add‬ ‮what‬ ‮the‬ ‮articles‬ ‮leave‬ ‮out‬, ‮and‬ ‮to‬ ‮say‬ ‮where‬ ‮the‬ ‮articles‬ ‮are‬ ‮wrong‬ ‮or‬ ‮out‬ ‮of‬ ‮date‬. ‮Each‬ ‮note‬ ‮lists‬ ‮the‬ ‮public‬ ‮reference‬ ‮it‬ ‮comes‬ ‮from‬.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Written:&lt;/b&gt; {date}</source>
            <translation>‏&lt;b&gt;‮Written‬:&lt;/b&gt; {date}</translation>
        </message>
        <message>
            <source>Reference: {title} – {address}</source>
            <translation>‏‮Reference‬: {title} – {address}</translation>
        </message>
        <message>
            <source>Source panel</source>
            <translation>‏‮Source‬ ‮panel‬</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>‏‮Source‬</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>‏‮Close‬</translation>
        </message>
        <message>
            <source>Close the source panel</source>
            <translation>‏‮Close‬ ‮the‬ ‮source‬ ‮panel‬</translation>
        </message>
        <message>
            <source>Close the source panel (Esc)</source>
            <translation>‏‮Close‬ ‮the‬ ‮source‬ ‮panel‬ (‮Esc‬)</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>‏‮Source‬ ‮text‬</translation>
        </message>
        <message>
            <source>Copy web address</source>
            <translation>‏‮Copy‬ ‮web‬ ‮address‬</translation>
        </message>
        <message>
            <source>Copy the web address of this source</source>
            <translation>‏‮Copy‬ ‮the‬ ‮web‬ ‮address‬ ‮of‬ ‮this‬ ‮source‬</translation>
        </message>
        <message>
            <source>Open in web browser</source>
            <translation>‏‮Open‬ ‮in‬ ‮web‬ ‮browser‬</translation>
        </message>
        <message>
            <source>Open this source in a web browser (needs internet)</source>
            <translation>‏‮Open‬ ‮this‬ ‮source‬ ‮in‬ ‮a‬ ‮web‬ ‮browser‬ (‮needs‬ ‮internet‬)</translation>
        </message>
        <message>
            <source>Opens your web browser. Needs an internet connection.</source>
            <translation>‏‮Opens‬ ‮your‬ ‮web‬ ‮browser‬. ‮Needs‬ ‮an‬ ‮internet‬ ‮connection‬.</translation>
        </message>
        <message>
            <source>Source article</source>
            <translation>‏‮Source‬ ‮article‬</translation>
        </message>
        <message>
            <source>This source: {title}. {line}</source>
            <translation>‏‮This‬ ‮source‬: {title}. {line}</translation>
        </message>
        <message>
            <source>The web address was copied.</source>
            <translation>‏‮The‬ ‮web‬ ‮address‬ ‮was‬ ‮copied‬.</translation>
        </message>
    </context>
    <context>
        <name>sourcesPage</name>
        <message>
            <source>&lt;p&gt;Not a news article. {note}&lt;br&gt;&lt;b&gt;Written:&lt;/b&gt; {date}&lt;/p&gt;</source>
            <translation>‏&lt;p&gt;‮Not‬ ‮a‬ ‮news‬ ‮article‬. {note}&lt;br&gt;&lt;b&gt;‮Written‬:&lt;/b&gt; {date}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The information that came with the app.</source>
            <translation>‏‮The‬ ‮information‬ ‮that‬ ‮came‬ ‮with‬ ‮the‬ ‮app‬.</translation>
        </message>
        <message>
            <source>Content update number {number}, installed on this computer.</source>
            <translation>‏‮Content‬ ‮update‬ ‮number‬ {number}, ‮installed‬ ‮on‬ ‮this‬ ‮computer‬.</translation>
        </message>
        <message>
            <source>A content file chosen when the app was started.</source>
            <translation>‏‮A‬ ‮content‬ ‮file‬ ‮chosen‬ ‮when‬ ‮the‬ ‮app‬ ‮was‬ ‮started‬.</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>‏‮not‬ ‮stated‬</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>‏‮Reviewed‬</translation>
        </message>
        <message>
            <source>Facts current to</source>
            <translation>‏‮Facts‬ ‮current‬ ‮to‬</translation>
        </message>
        <message>
            <source>File</source>
            <translation>‏‮File‬</translation>
        </message>
        <message>
            <source>Signed with key</source>
            <translation>‏‮Signed‬ ‮with‬ ‮key‬</translation>
        </message>
        <message>
            <source>Content fingerprint</source>
            <translation>‏‮Content‬ ‮fingerprint‬</translation>
        </message>
        <message>
            <source>About this content</source>
            <translation>‏‮About‬ ‮this‬ ‮content‬</translation>
        </message>
        <message>
            <source>&lt;b&gt;{label}:&lt;/b&gt; {value}</source>
            <translation>&lt;b&gt;{label}:&lt;/b&gt; {value}</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>‏‮Sources‬</translation>
        </message>
        <message>
            <source>The pages of this app are written from these articles. Choose a title to read the whole text here, without the internet.</source>
            <translation>‏‮The‬ ‮pages‬ ‮of‬ ‮this‬ ‮app‬ ‮are‬ ‮written‬ ‮from‬ ‮these‬ ‮articles‬. ‮Choose‬ ‮a‬ ‮title‬ ‮to‬ ‮read‬ ‮the‬ ‮whole‬ ‮text‬ ‮here‬, ‮without‬ ‮the‬ ‮internet‬.</translation>
        </message>
        <message>
            <source>List of sources</source>
            <translation>‏‮List‬ ‮of‬ ‮sources‬</translation>
        </message>
    </context>
    <context>
        <name>topicView</name>
        <message>
            <source>This page could not be shown: {error}. Nothing of yours was changed. Please reinstall the app, or ask the person who looks after this computer.</source>
            <translation>‏‮This‬ ‮page‬ ‮could‬ ‮not‬ ‮be‬ ‮shown‬: {error}. ‮Nothing‬ ‮of‬ ‮yours‬ ‮was‬ ‮changed‬. ‮Please‬ ‮reinstall‬ ‮the‬ ‮app‬, ‮or‬ ‮ask‬ ‮the‬ ‮person‬ ‮who‬ ‮looks‬ ‮after‬ ‮this‬ ‮computer‬.</translation>
        </message>
        <message>
            <source>Topic pages</source>
            <translation>‏‮Topic‬ ‮pages‬</translation>
        </message>
        <message>
            <source>Topic tabs</source>
            <translation>‏‮Topic‬ ‮tabs‬</translation>
        </message>
        <message>
            <source>About this page</source>
            <translation>‏‮About‬ ‮this‬ ‮page‬</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>‏‮Key‬ ‮points‬</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Messages</source>
            <translation>‏‮Messages‬</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>‏‮Topics‬</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>‏‮Page‬</translation>
        </message>
        <message>
            <source>{term}: {meaning}</source>
            <translation>{term}: {meaning}</translation>
        </message>
    </context>
</TS>
