<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>evidence</name>
        <message numerus="yes">
            <source>%n reported result(s)</source>
            <translation>
                <numerusform>%n reported result</numerusform>
                <numerusform>%n reported results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in people</source>
            <translation>
                <numerusform>%n in people</numerusform>
                <numerusform>%n in people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n peer-reviewed</source>
            <translation>
                <numerusform>%n peer-reviewed</numerusform>
                <numerusform>%n peer-reviewed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n from an official statement only</source>
            <translation>
                <numerusform>%n from an official statement only</numerusform>
                <numerusform>%n from an official statement only</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n where the sources disagree</source>
            <translation>
                <numerusform>%n where the sources disagree</numerusform>
                <numerusform>%n where the sources disagree</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>idle</name>
        <message numerus="yes">
            <source>Your questions will be cleared in %n second(s)</source>
            <translation>
                <numerusform>Your questions will be cleared in %n second</numerusform>
                <numerusform>Your questions will be cleared in %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>questions</name>
        <message numerus="yes">
            <source>My sheet (%n)</source>
            <translation>
                <numerusform>My sheet (%n)</numerusform>
                <numerusform>My sheet (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show my sheet: %n question(s) on it</source>
            <translation>
                <numerusform>Show my sheet: %n question on it</numerusform>
                <numerusform>Show my sheet: %n questions on it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your question sheet is saved: %n page(s), in the file “{file}” in the folder “{folder}”.</source>
            <translation>
                <numerusform>Your question sheet is saved: %n page, in the file “{file}” in the folder “{folder}”.</numerusform>
                <numerusform>Your question sheet is saved: %n pages, in the file “{file}” in the folder “{folder}”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sheet</name>
        <message numerus="yes">
            <source>Source(s) {numbers}, listed at the end of the sheet.</source>
            <translation>
                <numerusform>Source {numbers}, listed at the end of the sheet.</numerusform>
                <numerusform>Sources {numbers}, listed at the end of the sheet.</numerusform>
            </translation>
        </message>
    </context>
</TS>
