<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>undetermined</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erhoben</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Not assessable: %1</source>
        <translation>Nicht beurteilbar: %1</translation>
    </message>
    <message>
        <source>No nuclear-medicine advice applies to the findings entered. Record FDG-PET or bone-scan findings (modality, date, new or increased uptake) and the start of systemic therapy to have them checked for flare.</source>
        <translation>Zu den eingegebenen Befunden gibt es keinen nuklearmedizinischen Hinweis. FDG-PET- oder Skelettszintigrafie-Befunde (Modalität, Datum, neue oder vermehrte Anreicherung) und den Beginn der Systemtherapie erfassen, damit sie auf einen Flare geprüft werden.</translation>
    </message>
    <message>
        <source>undetermined — possible: %1; missing: %2</source>
        <translation>unbestimmt – möglich: %1; es fehlt: %2</translation>
    </message>
    <message>
        <source>inferred, not stated in the guideline</source>
        <translation>abgeleitet – nicht wörtlich in der Leitlinie</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation>unvollständig: %1</translation>
    </message>
    <message>
        <source>Live results</source>
        <translation>Aktuelle Ergebnisse</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Dringlichkeit: %1</translation>
    </message>
    <message>
        <source>Deficit class: not determined</source>
        <translation>Schweregrad der Ausfälle: nicht bestimmt</translation>
    </message>
    <message>
        <source>AIS %1, NLI %2</source>
        <translation>AIS %1, NLI %2</translation>
    </message>
    <message>
        <source>ISNCSCI incomplete: %1 cells missing</source>
        <translation>ISNCSCI unvollständig: %1 Felder fehlen</translation>
    </message>
    <message>
        <source>Deterioration: </source>
        <translation>Verschlechterung: </translation>
    </message>
    <message>
        <source>SINS incomplete</source>
        <translation>SINS unvollständig</translation>
    </message>
    <message>
        <source>ESCC not graded</source>
        <translation>ESCC nicht eingestuft</translation>
    </message>
    <message>
        <source>No lesion recorded</source>
        <translation>Keine Läsion erfasst</translation>
    </message>
    <message>
        <source>incomplete (missing: %1)</source>
        <translation>unvollständig (es fehlt: %1)</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>overridden input</source>
        <translation>manuell überschriebene Angabe</translation>
    </message>
    <message>
        <source>Prognosis band: %1</source>
        <translation>Prognosegruppe: %1</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>nicht bestimmt</translation>
    </message>
</context>
<context>
    <name>BodyChart</name>
    <message>
        <source>Body chart of the sensory examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>impaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not testable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <source>%1 sensory level: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S2 · S3 · S4-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL R: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL L: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensory level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Pages of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision support — verify clinically. The treating physician decides.</source>
        <translation>Entscheidungsunterstützung – klinisch überprüfen. Die Entscheidung trifft die behandelnde Ärztin oder der behandelnde Arzt.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Search by name or record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 case(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD.MM.YYYY HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to the current date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagingPage</name>
    <message>
        <source>Imaging findings</source>
        <translation>Bildgebende Befunde</translation>
    </message>
    <message>
        <source>Staging (whole case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of vertebrae with metastases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraspinal bone metastasis foci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visceral metastases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brain metastases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging complete</source>
        <translation>Staging vollständig</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>To level (if several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINS location (override; empty = from level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINS pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINS bone lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINS alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINS vertebral body collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINS posterolateral involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESCC (Bilsky) grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomita SCST type (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathological fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Threatening) unstable fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone fragments in the canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervascular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest diameter (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or increased uptake (bone scan / PET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Nuclear-medicine advice (bone scan, FDG-PET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuclear-medicine advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lesion first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesion selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINS incomplete (missing: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESCC not graded</source>
        <translation>ESCC nicht eingestuft</translation>
    </message>
    <message>
        <source>Worst lesion: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesion recorded.</source>
        <translation>Keine Läsion erfasst.</translation>
    </message>
    <message>
        <source>no lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesion %1: SINS/ESCC incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visceral metastases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraspinal bone foci</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsncsciGrid</name>
    <message>
        <source>ISNCSCI worksheet</source>
        <extracomment>(column, level, value or None) for every cell the user changed, in one batch.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 0 to 5, N for not testable, * for non-SCI marks, Delete to clear; arrows move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid %2 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabsPage</name>
    <message>
        <source>Labs</source>
        <extracomment>The range a typed number must lie in (input plausibility in any accepted unit, not a clinical threshold). Labels: report.vocabulary (&quot;lab&quot;). The minimum panel: clinical.labs.MINIMUM_PANEL.</extracomment>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Minimum panel (Empfehlung 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum labs still missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum panel complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albumin-corrected calcium: %1 mmol/L</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spinal metastases — bedside documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision support — verify clinically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About spinemet-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — spinemet-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this case permanently?

%1, record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About spinemet-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spinemet-desktop %1

Clinical basis: %2

Decision support — verify clinically. The treating physician decides.

Data stay on this computer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED: %1 — your edits are kept in memory and retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last edits could not be saved. Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeurologyPage</name>
    <message>
        <source>Neurology (ISNCSCI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examined at</source>
        <translation>Untersucht am</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. plexus injury, amputation, pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill rest of column as &amp;normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to first &amp;missing cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacral function and non-key muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary anal contraction (VAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep anal pressure (DAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest non-key muscle with motor function ({side})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments (e.g. reasons for non-SCI marks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedside facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory status</source>
        <translation>Gehfähigkeit</translation>
    </message>
    <message>
        <source>Bladder and bowel function</source>
        <translation>Blasen- und Mastdarmfunktion</translation>
    </message>
    <message>
        <source>Radicular pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deficit began at</source>
        <translation>Beginn der Ausfälle</translation>
    </message>
    <message>
        <source>Rapidly progressive deficit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deficit class (override; empty = derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frankel grade (override; empty = from AIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived deficit class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no examination yet — typing starts one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for %1 at %2 %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a starred value (select a starred cell):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No examination yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: %1 cells/fields missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing (select to go there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NLI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete/incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensory level R/L: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor level R/L: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEMS %1, LEMS %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LT %1, PP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensory ZPP R/L: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor ZPP R/L: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred values without a reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the previous exam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor score %1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETERIORATION: %1</source>
        <translation>VERSCHLECHTERUNG: %1</translation>
    </message>
    <message>
        <source>ISNCSCI classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worksheet cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasons for %1 starred values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambulatory status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bladder/bowel function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>%1–%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed range %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in steps of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override a derived value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — now: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value to use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override is recorded with your user name and the time; the derived value stays visible next to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientHistoryPage</name>
    <message>
        <source>Patient &amp; history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/-in</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone for queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question to the spine centre</source>
        <translation>Fragestellung an das Wirbelsäulenzentrum</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain intensity (NRS 0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden severe pain (possible fracture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oncological history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary tumour</source>
        <translation>Primärtumor</translation>
    </message>
    <message>
        <source>Histology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of first diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current systemic therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiosensitivity (override of the default from the primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumour growth (Tomita)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis unclear (metastasis vs primary bone tumour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oligometastatic (confirmed by the tumour board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinal-cord tolerance exhausted by prior radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General condition and operability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karnofsky index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECOG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operable (anaesthesia&apos;s judgement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient consents to surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survival prognosis (clinician&apos;s estimate; empty = from the scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary tumour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karnofsky or ECOG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary &amp; referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the referral PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create referral &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export record (&amp;JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral PDFs created for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be saved; the PDF was not created.</source>
        <extracomment>Opens a file with the system viewer; replaced in tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2 pages, SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters the font lacks are shown as [U+…]: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 pages · by %4 · SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Breast</source>
        <translation>Mammakarzinom</translation>
    </message>
    <message>
        <source>Prostate</source>
        <translation>Prostatakarzinom</translation>
    </message>
    <message>
        <source>Lung, non-small-cell</source>
        <translation>Lungenkarzinom, nicht-kleinzellig</translation>
    </message>
    <message>
        <source>Lung, small-cell</source>
        <translation>Lungenkarzinom, kleinzellig</translation>
    </message>
    <message>
        <source>Kidney (renal cell)</source>
        <translation>Nierenzellkarzinom</translation>
    </message>
    <message>
        <source>Thyroid</source>
        <translation>Schilddrüsenkarzinom</translation>
    </message>
    <message>
        <source>Colon</source>
        <translation>Kolonkarzinom</translation>
    </message>
    <message>
        <source>Rectum</source>
        <translation>Rektumkarzinom</translation>
    </message>
    <message>
        <source>Stomach</source>
        <translation>Magenkarzinom</translation>
    </message>
    <message>
        <source>Oesophagus</source>
        <translation>Ösophaguskarzinom</translation>
    </message>
    <message>
        <source>Pancreas</source>
        <translation>Pankreaskarzinom</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Leberzellkarzinom</translation>
    </message>
    <message>
        <source>Gallbladder</source>
        <translation>Gallenblasenkarzinom</translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation>Harnblasenkarzinom</translation>
    </message>
    <message>
        <source>Uterus</source>
        <translation>Uteruskarzinom</translation>
    </message>
    <message>
        <source>Melanoma</source>
        <translation>Malignes Melanom</translation>
    </message>
    <message>
        <source>Multiple myeloma</source>
        <translation>Multiples Myelom</translation>
    </message>
    <message>
        <source>Lymphoma</source>
        <translation>Lymphom</translation>
    </message>
    <message>
        <source>Sarcoma</source>
        <translation>Sarkom</translation>
    </message>
    <message>
        <source>Osteosarcoma</source>
        <translation>Osteosarkom</translation>
    </message>
    <message>
        <source>Carcinoid / NET</source>
        <translation>Karzinoid / NET</translation>
    </message>
    <message>
        <source>Germ-cell tumour</source>
        <translation>Keimzelltumor</translation>
    </message>
    <message>
        <source>Unknown primary (CUP)</source>
        <translation>Primärtumor unbekannt (CUP)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>no neurological deficit</source>
        <translation>keine neurologischen Ausfälle</translation>
    </message>
    <message>
        <source>radicular pain or purely sensory deficit</source>
        <translation>ausschließlich radikuläre Schmerzen oder rein sensorische Ausfälle</translation>
    </message>
    <message>
        <source>mild motor deficit (ambulatory, Janda &gt; 3, bladder/bowel intact)</source>
        <translation>milde Defizite (gehfähig, Kraftgrad nach Janda &gt; 3, Vegetativum intakt)</translation>
    </message>
    <message>
        <source>functionally relevant deficit</source>
        <translation>funktionell bedeutsame neurologische Defizite</translation>
    </message>
    <message>
        <source>complete cord syndrome (plegia)</source>
        <translation>komplette Querschnittssymptomatik (Plegie)</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>MRT</translation>
    </message>
    <message>
        <source>CT</source>
        <translation>CT</translation>
    </message>
    <message>
        <source>Radiograph</source>
        <translation>Röntgen</translation>
    </message>
    <message>
        <source>Bone scintigraphy / SPECT</source>
        <translation>Skelettszintigrafie / SPECT</translation>
    </message>
    <message>
        <source>FDG-PET/CT</source>
        <translation>FDG-PET/CT</translation>
    </message>
    <message>
        <source>PSMA-PET/CT</source>
        <translation>PSMA-PET/CT</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>prompt (not necessarily immediate)</source>
        <translation>zeitnah (nicht unbedingt sofort)</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>regulär</translation>
    </message>
    <message>
        <source>tumour board</source>
        <translation>Tumorkonferenz</translation>
    </message>
    <message>
        <source>emergency operation &lt; 6 h</source>
        <translation>Notfalloperation &lt; 6 h</translation>
    </message>
    <message>
        <source>early operation &lt; 24 h</source>
        <translation>frühe Operation &lt; 24 h</translation>
    </message>
    <message>
        <source>elective operation</source>
        <translation>elektive Operation</translation>
    </message>
    <message>
        <source>consider surgery</source>
        <translation>Operation erwägen</translation>
    </message>
    <message>
        <source>not indicated</source>
        <translation>nicht indiziert</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>nicht möglich</translation>
    </message>
    <message>
        <source>post-operative radiotherapy</source>
        <translation>postoperative Strahlentherapie</translation>
    </message>
    <message>
        <source>1 × 8 Gy</source>
        <translation>1 × 8 Gy</translation>
    </message>
    <message>
        <source>short course (e.g. 5 × 4 Gy)</source>
        <translation>Kurzzeitschema (z. B. 5 × 4 Gy)</translation>
    </message>
    <message>
        <source>fractionated (e.g. 10 × 3 Gy)</source>
        <translation>fraktioniert (z. B. 10 × 3 Gy)</translation>
    </message>
    <message>
        <source>SBRT</source>
        <translation>SBRT</translation>
    </message>
    <message>
        <source>separation surgery + SBRT</source>
        <translation>Separationschirurgie + SBRT</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>Spine centre</source>
        <translation>Wirbelsäulenzentrum</translation>
    </message>
    <message>
        <source>Immobilise for transport</source>
        <translation>Ruhigstellung für den Transport</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Strahlentherapie</translation>
    </message>
    <message>
        <source>Biopsy</source>
        <translation>Biopsie</translation>
    </message>
    <message>
        <source>Embolisation</source>
        <translation>Embolisation</translation>
    </message>
    <message>
        <source>Safety-net instruction</source>
        <translation>Sicherheitshinweis an die Patientin / den Patienten</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>very poor (weeks to ~3 months)</source>
        <translation>sehr schlecht (Wochen bis ca. 3 Monate)</translation>
    </message>
    <message>
        <source>poor (≤ 6 months)</source>
        <translation>schlecht (≤ 6 Monate)</translation>
    </message>
    <message>
        <source>good (&gt; 6 months)</source>
        <translation>gut (&gt; 6 Monate)</translation>
    </message>
    <message>
        <source>mechanical (movement/load-related)</source>
        <translation>belastungsabhängig (mechanisch)</translation>
    </message>
    <message>
        <source>non-mechanical (e.g. night/rest pain)</source>
        <translation>nicht mechanisch (z. B. Nacht-/Ruheschmerz)</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>keine Schmerzen</translation>
    </message>
    <message>
        <source>walks independently</source>
        <translation>selbstständig gehfähig</translation>
    </message>
    <message>
        <source>walks with an aid</source>
        <translation>gehfähig mit Hilfsmittel</translation>
    </message>
    <message>
        <source>not ambulatory</source>
        <translation>nicht gehfähig</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>disturbed</source>
        <translation>gestört</translation>
    </message>
    <message>
        <source>slow (e.g. breast, thyroid)</source>
        <translation>langsam (z. B. Mamma, Schilddrüse)</translation>
    </message>
    <message>
        <source>moderate (e.g. kidney, uterus)</source>
        <translation>mäßig (z. B. Niere, Uterus)</translation>
    </message>
    <message>
        <source>rapid (e.g. lung, stomach)</source>
        <translation>schnell (z. B. Lunge, Magen)</translation>
    </message>
    <message>
        <source>junctional (O–C2, C7–T2, T11–L1, L5–S1)</source>
        <translation>Übergangsregion (O–C2, C7–T2, T11–L1, L5–S1)</translation>
    </message>
    <message>
        <source>mobile (C3–C6, L2–L4)</source>
        <translation>mobil (C3–C6, L2–L4)</translation>
    </message>
    <message>
        <source>semi-rigid (T3–T10)</source>
        <translation>semirigide (T3–T10)</translation>
    </message>
    <message>
        <source>rigid (S2–S5)</source>
        <translation>rigide (S2–S5)</translation>
    </message>
    <message>
        <source>mechanical pain</source>
        <translation>belastungsabhängige Schmerzen</translation>
    </message>
    <message>
        <source>occasional, non-mechanical</source>
        <translation>gelegentlich, nicht belastungsabhängig</translation>
    </message>
    <message>
        <source>pain-free lesion</source>
        <translation>schmerzfreie Läsion</translation>
    </message>
    <message>
        <source>lytic</source>
        <translation>osteolytisch</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>blastic</source>
        <translation>osteoblastisch</translation>
    </message>
    <message>
        <source>subluxation/translation</source>
        <translation>Subluxation/Translation</translation>
    </message>
    <message>
        <source>de novo deformity (kyphosis/scoliosis)</source>
        <translation>neu aufgetretene Deformität (Kyphose/Skoliose)</translation>
    </message>
    <message>
        <source>normal alignment</source>
        <translation>normale Stellung</translation>
    </message>
    <message>
        <source>&gt; 50 % collapse</source>
        <translation>&gt; 50 % Höhenminderung</translation>
    </message>
    <message>
        <source>&lt; 50 % collapse</source>
        <translation>&lt; 50 % Höhenminderung</translation>
    </message>
    <message>
        <source>no collapse, &gt; 50 % of body involved</source>
        <translation>keine Höhenminderung, &gt; 50 % des Wirbelkörpers befallen</translation>
    </message>
    <message>
        <source>none of the above</source>
        <translation>nichts davon</translation>
    </message>
    <message>
        <source>bilateral</source>
        <translation>beidseitig</translation>
    </message>
    <message>
        <source>unilateral</source>
        <translation>einseitig</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>removable / treatable</source>
        <translation>entfernbar / behandelbar</translation>
    </message>
    <message>
        <source>unremovable / untreatable</source>
        <translation>nicht entfernbar / nicht behandelbar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>NT (not testable)</source>
        <translation>NT (nicht testbar)</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>OVERRIDDEN</source>
        <translation>MANUELL ÜBERSCHRIEBEN</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>Hämoglobin</translation>
    </message>
    <message>
        <source>Leukocytes</source>
        <translation>Leukozyten</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Thrombozyten</translation>
    </message>
    <message>
        <source>C-reactive protein</source>
        <translation>C-reaktives Protein</translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation>Kalzium</translation>
    </message>
    <message>
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <source>PTT</source>
        <translation>PTT</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>Albumin</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Kreatinin</translation>
    </message>
    <message>
        <source>Alkaline phosphatase</source>
        <translation>Alkalische Phosphatase</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erhoben</translation>
    </message>
    <message>
        <source>fractions</source>
        <translation>Fraktionen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>incomplete — missing: %1</source>
        <translation>unvollständig – es fehlt: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>verified (secondary sources)</source>
        <translation>geprüft (Sekundärquellen)</translation>
    </message>
    <message>
        <source>PROVISIONAL — table not yet verified against the primary paper</source>
        <translation>VORLÄUFIG – Tabelle noch nicht an der Originalarbeit geprüft</translation>
    </message>
    <message>
        <source>not available — table not verified</source>
        <translation>nicht verfügbar – Tabelle nicht geprüft</translation>
    </message>
    <message>
        <source>Question to the spine centre</source>
        <translation>Fragestellung an das Wirbelsäulenzentrum</translation>
    </message>
    <message>
        <source>undetermined — facts missing</source>
        <translation>unbestimmt – Angaben fehlen</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Neurologische Ausfälle</translation>
    </message>
    <message>
        <source>ISNCSCI</source>
        <translation>ISNCSCI</translation>
    </message>
    <message>
        <source>AIS %1, NLI %2, UEMS %3, LEMS %4</source>
        <translation>AIS %1, NLI %2, UEMS %3, LEMS %4</translation>
    </message>
    <message>
        <source>worksheet incomplete (%1 cells/fields missing)</source>
        <translation>Worksheet unvollständig (%1 Felder fehlen)</translation>
    </message>
    <message>
        <source>no examination recorded</source>
        <translation>keine Untersuchung erfasst</translation>
    </message>
    <message>
        <source>DETERIORATION: %1</source>
        <translation>VERSCHLECHTERUNG: %1</translation>
    </message>
    <message>
        <source>no deterioration since the previous exam</source>
        <translation>keine Verschlechterung seit der Voruntersuchung</translation>
    </message>
    <message>
        <source>motor score %1 → %2</source>
        <translation>Motorik-Score %1 → %2</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Examined at</source>
        <translation>Untersucht am</translation>
    </message>
    <message>
        <source>Deficit began at</source>
        <translation>Beginn der Ausfälle</translation>
    </message>
    <message>
        <source>rapidly progressive</source>
        <translation>rasch progredient</translation>
    </message>
    <message>
        <source>not rapidly progressive</source>
        <translation>nicht rasch progredient</translation>
    </message>
    <message>
        <source>progression not recorded</source>
        <translation>Progredienz nicht erhoben</translation>
    </message>
    <message>
        <source>Ambulatory status</source>
        <translation>Gehfähigkeit</translation>
    </message>
    <message>
        <source>Bladder and bowel function</source>
        <translation>Blasen- und Mastdarmfunktion</translation>
    </message>
    <message>
        <source>Steroids given</source>
        <translation>Glukokortikoid gegeben</translation>
    </message>
    <message>
        <source>Primary tumour</source>
        <translation>Primärtumor</translation>
    </message>
    <message>
        <source>First diagnosed</source>
        <translation>Erstdiagnose</translation>
    </message>
    <message>
        <source>Systemic therapy</source>
        <translation>Systemtherapie</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Visceral / brain metastases</source>
        <translation>Viszerale / zerebrale Metastasen</translation>
    </message>
    <message>
        <source>Worst lesion</source>
        <translation>Führende Läsion</translation>
    </message>
    <message>
        <source>no lesion recorded</source>
        <translation>keine Läsion erfasst</translation>
    </message>
    <message>
        <source>SINS</source>
        <translation>SINS</translation>
    </message>
    <message>
        <source>ESCC (Bilsky)</source>
        <translation>ESCC (Bilsky)</translation>
    </message>
    <message>
        <source>Karnofsky / ECOG / ASA</source>
        <translation>Karnofsky / ECOG / ASA</translation>
    </message>
    <message>
        <source>Operable (anaesthesia) / wishes surgery</source>
        <translation>Operabel (Anästhesie) / wünscht Operation</translation>
    </message>
    <message>
        <source>Prognosis band</source>
        <translation>Prognosegruppe</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>no reference range</source>
        <translation>kein Referenzbereich</translation>
    </message>
    <message>
        <source>corrected calcium %1 mmol/L</source>
        <translation>korrigiertes Kalzium %1 mmol/l</translation>
    </message>
    <message>
        <source>Key labs</source>
        <translation>Wichtige Laborwerte</translation>
    </message>
    <message>
        <source>Lab flag</source>
        <translation>Laborhinweis</translation>
    </message>
    <message>
        <source>Minimum panel missing</source>
        <translation>Fehlende Mindestlaborwerte</translation>
    </message>
    <message>
        <source>inferred, not stated in the guideline</source>
        <translation>abgeleitet – nicht wörtlich in der Leitlinie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>R motor</source>
        <translation>R Motorik</translation>
    </message>
    <message>
        <source>R LT</source>
        <translation>R LT</translation>
    </message>
    <message>
        <source>R PP</source>
        <translation>R PP</translation>
    </message>
    <message>
        <source>L LT</source>
        <translation>L LT</translation>
    </message>
    <message>
        <source>L PP</source>
        <translation>L PP</translation>
    </message>
    <message>
        <source>L motor</source>
        <translation>L Motorik</translation>
    </message>
    <message>
        <source>VAC / DAP</source>
        <translation>VAC / DAP</translation>
    </message>
    <message>
        <source>Lowest non-key muscle with motor function (R / L)</source>
        <translation>Tiefster Nicht-Kennmuskel mit motorischer Funktion (R / L)</translation>
    </message>
    <message>
        <source>Reasons for starred values</source>
        <translation>Gründe für markierte (*) Werte</translation>
    </message>
    <message>
        <source>Starred values without a reason</source>
        <translation>Markierte (*) Werte ohne Grund</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>not possible: %1 cells/fields missing</source>
        <translation>nicht möglich: %1 Felder fehlen</translation>
    </message>
    <message>
        <source>Partial totals</source>
        <translation>Teilsummen</translation>
    </message>
    <message>
        <source>AIS / complete</source>
        <translation>AIS / komplett</translation>
    </message>
    <message>
        <source>Neurological level of injury</source>
        <translation>Neurologisches Läsionsniveau</translation>
    </message>
    <message>
        <source>Sensory level R / L</source>
        <translation>Sensibles Niveau R / L</translation>
    </message>
    <message>
        <source>Motor level R / L</source>
        <translation>Motorisches Niveau R / L</translation>
    </message>
    <message>
        <source>Motor totals R / L; UEMS; LEMS</source>
        <translation>Motorik-Summen R / L; UEMS; LEMS</translation>
    </message>
    <message>
        <source>Light touch / pin prick totals</source>
        <translation>Summe leichte Berührung / Spitz-Stumpf</translation>
    </message>
    <message>
        <source>Sensory ZPP R / L</source>
        <translation>Sensible ZPP R / L</translation>
    </message>
    <message>
        <source>Motor ZPP R / L</source>
        <translation>Motorische ZPP R / L</translation>
    </message>
    <message>
        <source>No lesion recorded.</source>
        <translation>Keine Läsion erfasst.</translation>
    </message>
    <message>
        <source>worst lesion</source>
        <translation>führende Läsion</translation>
    </message>
    <message>
        <source>Modality, date</source>
        <translation>Modalität, Datum</translation>
    </message>
    <message>
        <source>Tomita SCST (provisional)</source>
        <translation>Tomita-SCST (vorläufig)</translation>
    </message>
    <message>
        <source>Pathological fracture / unstable</source>
        <translation>Pathologische Fraktur / instabil</translation>
    </message>
    <message>
        <source>Fragments in the canal / hypervascular</source>
        <translation>Fragmente im Spinalkanal / hypervaskularisiert</translation>
    </message>
    <message>
        <source>Largest diameter</source>
        <translation>Größter Durchmesser</translation>
    </message>
    <message>
        <source>New or increased uptake</source>
        <translation>Neue oder vermehrte Anreicherung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>born</source>
        <translation>geb.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Pat.-Nr.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rule / reason</source>
        <translation>Regel / Begründung</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source>possible: %1; missing: %2</source>
        <translation>möglich: %1; es fehlt: %2</translation>
    </message>
    <message>
        <source>Rules that fired, with the facts they used:</source>
        <translation>Angewendete Regeln mit den verwendeten Angaben:</translation>
    </message>
    <message>
        <source>Missing facts that would change the result: %1</source>
        <translation>Fehlende Angaben, die das Ergebnis ändern würden: %1</translation>
    </message>
    <message>
        <source>No lab values recorded.</source>
        <translation>Keine Laborwerte erfasst.</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenzbereich</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>Pain (NRS 0–10)</source>
        <translation>Schmerzintensität (NRS 0–10)</translation>
    </message>
    <message>
        <source>Pain character / location</source>
        <translation>Schmerzcharakter / -lokalisation</translation>
    </message>
    <message>
        <source>Night pain / sudden severe pain</source>
        <translation>Nächtliche Schmerzen / plötzlich starke Schmerzen</translation>
    </message>
    <message>
        <source>Trauma / signs of inflammation / infection</source>
        <translation>Trauma / Entzündungszeichen / Infektion</translation>
    </message>
    <message>
        <source>Bone-metabolism disease / previous spinal intervention</source>
        <translation>Erkrankung des Knochenstoffwechsels / frühere Intervention an der Wirbelsäule</translation>
    </message>
    <message>
        <source>Anticoagulants / weight loss</source>
        <translation>Antikoagulanzien / Gewichtsverlust</translation>
    </message>
    <message>
        <source>level not recorded</source>
        <translation>Höhe nicht erfasst</translation>
    </message>
    <message>
        <source>dose not recorded</source>
        <translation>Dosis nicht erfasst</translation>
    </message>
    <message>
        <source>Previous spinal radiotherapy</source>
        <translation>Vorbestrahlung der Wirbelsäule</translation>
    </message>
    <message>
        <source>Referral summary — spinal metastases</source>
        <translation>Überweisung – Wirbelsäulenmetastasen</translation>
    </message>
    <message>
        <source>Decision support — verify clinically. The treating physician decides.</source>
        <translation>Entscheidungsunterstützung – klinisch überprüfen. Die Entscheidung trifft die behandelnde Ärztin oder der behandelnde Arzt.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Referral to a spine centre</source>
        <translation>Überweisung an ein Wirbelsäulenzentrum</translation>
    </message>
    <message>
        <source>Patient and referrer</source>
        <translation>Patient/-in und Zuweisende</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/-in</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Zuweisend</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon für Rückfragen</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>Untersucht am</translation>
    </message>
    <message>
        <source>Neurology now</source>
        <translation>Neurologie aktuell</translation>
    </message>
    <message>
        <source>Tumour, lesion and general condition</source>
        <translation>Tumor, Läsion und Allgemeinzustand</translation>
    </message>
    <message>
        <source>Recommendations (guideline numbers in brackets)</source>
        <translation>Empfehlungen (Nummern der Leitlinie in Klammern)</translation>
    </message>
    <message>
        <source>Neurological examination (ISNCSCI worksheet)</source>
        <translation>Neurologische Untersuchung (ISNCSCI-Worksheet)</translation>
    </message>
    <message>
        <source>No examination recorded.</source>
        <translation>Keine Untersuchung erfasst.</translation>
    </message>
    <message>
        <source>Examination of %1</source>
        <translation>Untersuchung vom %1</translation>
    </message>
    <message>
        <source>Compared with the previous exam (%1)</source>
        <translation>Vergleich mit der Voruntersuchung (%1)</translation>
    </message>
    <message>
        <source>Motor score</source>
        <translation>Motorik-Score</translation>
    </message>
    <message>
        <source>Deterioration</source>
        <translation>Verschlechterung</translation>
    </message>
    <message>
        <source>Imaging findings</source>
        <translation>Bildgebende Befunde</translation>
    </message>
    <message>
        <source>Vertebrae with metastases / extraspinal bone foci</source>
        <translation>Befallene Wirbel / extraspinale Knochenherde</translation>
    </message>
    <message>
        <source>Staging complete</source>
        <translation>Staging vollständig</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Not available — table not verified</source>
        <translation>Nicht verfügbar – Tabelle nicht geprüft</translation>
    </message>
    <message>
        <source>Decision trace of the guideline pathway</source>
        <translation>Entscheidungsweg nach der Leitlinie</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Laboratory values</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
</context>
</TS>
