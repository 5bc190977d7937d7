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
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>Neurological deficits</source>
        <translation>Neurologische Ausfälle</translation>
    </message>
    <message>
        <source>deficit class from the exam: %1</source>
        <translation>Schweregrad aus der Untersuchung: %1</translation>
    </message>
    <message>
        <source>reported by the patient</source>
        <translation>von der Patientin / dem Patienten berichtet</translation>
    </message>
    <message>
        <source>no deficit on examination and none reported</source>
        <translation>kein Defizit in der Untersuchung und keines berichtet</translation>
    </message>
    <message>
        <source>neither the examination nor the complaints are complete</source>
        <translation>weder die Untersuchung noch die Beschwerden sind vollständig erfasst</translation>
    </message>
    <message>
        <source>History of cancer</source>
        <translation>Krebserkrankung in der Voranamnese</translation>
    </message>
    <message>
        <source>Clinical suspicion of cancer</source>
        <translation>Klinischer Verdacht auf eine Krebserkrankung</translation>
    </message>
    <message>
        <source>Night pain</source>
        <translation>Nächtliche Schmerzen</translation>
    </message>
    <message>
        <source>Sudden severe pain (possible fracture)</source>
        <translation>Plötzlich auftretende starke Schmerzen (mögliche Fraktur)</translation>
    </message>
    <message>
        <source>Pain progressing over weeks to months</source>
        <translation>Über Wochen bis Monate zunehmende Schmerzen</translation>
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
        <source>change</source>
        <extracomment>Texts translated inside f-strings below, marked here because lupdate does not read f-strings (tests/unit/test_translations.py finds any that are not in the catalogue).</extracomment>
        <translation>ändern</translation>
    </message>
    <message>
        <source>remove override</source>
        <translation>Überschreibung entfernen</translation>
    </message>
    <message>
        <source>override…</source>
        <translation>überschreiben…</translation>
    </message>
    <message>
        <source>Decision support — verify clinically. The treating physician decides.</source>
        <translation>Entscheidungsunterstützung – klinisch überprüfen. Die Entscheidung trifft die behandelnde Ärztin oder der behandelnde Arzt.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Missing facts that would change the result</source>
        <translation>Fehlende Angaben, die das Ergebnis ändern könnten</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>How the table was checked</source>
        <translation>Prüfung der Tabelle</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>ausblenden</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>hide items</source>
        <translation>Items ausblenden</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>(overridden input)</source>
        <translation>(manuell überschriebene Angabe)</translation>
    </message>
    <message>
        <source>Not available — table not verified</source>
        <translation>Nicht verfügbar – Tabelle nicht verifiziert</translation>
    </message>
    <message>
        <source>Planned for the worse until recorded</source>
        <translation>Bis zur Erfassung vom ungünstigeren Fall ausgegangen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>Innerhalb von 24 h</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Weiteres Vorgehen</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>inferred, not stated in the guideline</source>
        <translation>abgeleitet – nicht wörtlich in der Leitlinie</translation>
    </message>
    <message>
        <source>Neurology</source>
        <extracomment>Texts translated inside f-strings below, marked here because lupdate does not read f-strings (tests/unit/test_translations.py finds any that are not in the catalogue).</extracomment>
        <translation>Neurologie</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>Läsionen</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Noch fehlende Angaben</translation>
    </message>
    <message>
        <source>Live results</source>
        <extracomment>A link was chosen: the field address behind it. A &quot;missing&quot; link was chosen: the field address to open.</extracomment>
        <translation>Aktuelle Ergebnisse</translation>
    </message>
    <message>
        <source>Urgency, neurology, the lesions, scores and what is still missing, recomputed on every edit</source>
        <translation>Dringlichkeit, Neurologie, die Läsionen, Scores und was noch fehlt – bei jeder Eingabe neu berechnet</translation>
    </message>
    <message>
        <source>Neurology, the lesions, scores and what is still missing</source>
        <translation>Neurologie, die Läsionen, Scores und was noch fehlt</translation>
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
        <source>Deterioration: </source>
        <translation>Verschlechterung: </translation>
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
        <source>Serial examinations</source>
        <translation>Verlaufsuntersuchungen</translation>
    </message>
    <message>
        <source>a total is not determinable (a not-testable cell)</source>
        <extracomment>Events further than this (or the exams&apos; own span, if longer) from the examinations are listed, not drawn. Why a value is missing (incomplete worksheet, not-testable cells), or None. When, on the time axis (a recorded date at the start of that day). Examinations without a time (they cannot be placed on the axis). Recorded dates too far from the examinations to draw; listed in words. Each series with the abbreviation the chart labels it with (ISNCSCI&apos;s, the same in German).</extracomment>
        <translation>eine Summe ist nicht bestimmbar (ein nicht testbares Feld)</translation>
    </message>
    <message>
        <source>worksheet incomplete (%1 cells or fields missing)</source>
        <translation>Worksheet unvollständig (%1 Felder fehlen)</translation>
    </message>
    <message>
        <source>deficit onset</source>
        <translation>Beginn der Ausfälle</translation>
    </message>
    <message>
        <source>deficit onset %1</source>
        <translation>Beginn der Ausfälle %1</translation>
    </message>
    <message>
        <source>glucocorticoid</source>
        <translation>Glukokortikoid</translation>
    </message>
    <message>
        <source>glucocorticoid given %1</source>
        <translation>Glukokortikoid gegeben %1</translation>
    </message>
    <message>
        <source>systemic therapy</source>
        <translation>Systemtherapie</translation>
    </message>
    <message>
        <source>current systemic therapy started %1</source>
        <translation>aktuelle Systemtherapie begonnen %1</translation>
    </message>
    <message>
        <source>RT %1</source>
        <translation>RT %1</translation>
    </message>
    <message>
        <source>previous radiotherapy course %1 completed %2</source>
        <translation>Vorbestrahlung %1 abgeschlossen %2</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <source>Examination %1 (%2): UEMS %3, LEMS %4, light touch %5, pin prick %6, AIS %7</source>
        <translation>Untersuchung %1 (%2): UEMS %3, LEMS %4, leichte Berührung %5, Spitz-Stumpf-Diskrimination %6, AIS %7</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 – %2.</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4)</source>
        <translation>%1 %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Serial examinations over time (motor scores 0–50, sensory totals 0–112).</source>
        <translation>Verlaufsuntersuchungen über die Zeit (Motorik-Scores 0–50, sensible Summen 0–112).</translation>
    </message>
    <message>
        <source>UEMS</source>
        <translation>UEMS</translation>
    </message>
    <message>
        <source>LEMS</source>
        <translation>LEMS</translation>
    </message>
    <message>
        <source>light touch</source>
        <translation>leichte Berührung</translation>
    </message>
    <message>
        <source>pin prick</source>
        <translation>Spitz-Stumpf-Diskrimination</translation>
    </message>
    <message>
        <source>AIS %1 → %2</source>
        <translation>AIS %1 → %2</translation>
    </message>
    <message>
        <source>From the first to the latest examination: %1.</source>
        <translation>Von der ersten bis zur letzten Untersuchung: %1.</translation>
    </message>
    <message>
        <source>%1 examination(s) without a time are not placed on the time axis.</source>
        <translation>%1 Untersuchung(en) ohne Uhrzeit sind nicht auf der Zeitachse eingetragen.</translation>
    </message>
    <message>
        <source>Marked on the time axis: %1.</source>
        <translation>Auf der Zeitachse markiert: %1.</translation>
    </message>
    <message>
        <source>Earlier or later, not drawn: %1.</source>
        <translation>Früher oder später, nicht eingezeichnet: %1.</translation>
    </message>
    <message>
        <source>Motor scores (UEMS, LEMS)</source>
        <extracomment>The narrowest layout; narrower charts are drawn smaller. Room right of the plot for the series&apos; end labels (&quot;UEMS 50&quot;). Marker shape, line dash and colour per series (Okabe–Ito colours; shape and dash carry the meaning).</extracomment>
        <translation>Motorik-Scores (UEMS, LEMS)</translation>
    </message>
    <message>
        <source>Sensory totals (LT, PP)</source>
        <translation>Sensible Summen (LT, PP)</translation>
    </message>
    <message>
        <source>Fewer than two examinations with a time: no trend to draw.</source>
        <extracomment>Width of an examination&apos;s time under the axis.</extracomment>
        <translation>Weniger als zwei Untersuchungen mit Uhrzeit: kein Verlauf darstellbar.</translation>
    </message>
    <message>
        <source>AIS</source>
        <translation>AIS</translation>
    </message>
    <message>
        <source>level not set</source>
        <extracomment>The lowest and highest SINS the recorded items allow (equal when complete; S4). The re-irradiation figures when the lesion lies in a previous radiotherapy field (S5).</extracomment>
        <translation>Höhe nicht angegeben</translation>
    </message>
    <message>
        <source>lesion %1</source>
        <extracomment>The lesion judged for instability and the one for compression, with why (S4); they are the same lesion when one lesion leads in both. The prognosis bands the complete survival scores leave possible (S11); empty: no information. Karnofsky and ECOG recorded and not compatible (never converted; shown where both are). The bands the clinician is offered for an estimate: when the scores disagree, only those at least one of them supports (S11); otherwise every band. Where the history and the latest examination contradict each other (bladder/bowel, weakness, walking): flagged on both pages, the side panel and the referral.
----------
The lesion facts not recorded that could change the attribution (empty when it is certain).</extracomment>
        <translation>Läsion %1</translation>
    </message>
    <message>
        <source>(level not set)</source>
        <translation>(Höhe nicht angegeben)</translation>
    </message>
    <message>
        <source>set by the clinician</source>
        <translation>ärztlich festgelegt</translation>
    </message>
    <message>
        <source>lesion level not set</source>
        <translation>Höhe der Läsion nicht angegeben</translation>
    </message>
    <message>
        <source>no lesion recorded</source>
        <translation>keine Läsion erfasst</translation>
    </message>
    <message>
        <source>SINS %1 (%2)</source>
        <translation>SINS %1 (%2)</translation>
    </message>
    <message>
        <source>SINS at least %1 and at most %2 from the items recorded (missing: %3)</source>
        <translation>SINS nach den erfassten Items mindestens %1 und höchstens %2 (es fehlt: %3)</translation>
    </message>
    <message>
        <source>%1; unstable fracture</source>
        <translation>%1; instabile Fraktur</translation>
    </message>
    <message>
        <source>%1; SINS incomplete for %2</source>
        <translation>%1; SINS unvollständig bei %2</translation>
    </message>
    <message>
        <source>ESCC not recorded for %1</source>
        <translation>ESCC nicht erfasst bei %1</translation>
    </message>
    <message>
        <source>ESCC %1</source>
        <translation>ESCC %1</translation>
    </message>
    <message>
        <source>%1; ESCC not recorded for %2</source>
        <translation>%1; ESCC nicht erfasst bei %2</translation>
    </message>
    <message>
        <source>the only lesion</source>
        <translation>die einzige Läsion</translation>
    </message>
    <message>
        <source>highest SINS %1 and ESCC %2 of %3 lesions</source>
        <translation>höchster SINS %1 und ESCC %2 von %3 Läsionen</translation>
    </message>
    <message>
        <source>highest SINS %1 of %2 lesions</source>
        <translation>höchster SINS %1 von %2 Läsionen</translation>
    </message>
    <message>
        <source>highest ESCC %1 of %2 lesions</source>
        <translation>höchster ESCC %1 von %2 Läsionen</translation>
    </message>
    <message>
        <source>highest rank (SINS/ESCC incomplete) of %1 lesions</source>
        <translation>höchster Rang (SINS/ESCC unvollständig) von %1 Läsionen</translation>
    </message>
    <message>
        <source>clinician&apos;s estimate</source>
        <translation>ärztliche Einschätzung</translation>
    </message>
    <message>
        <source>very poor</source>
        <extracomment>Which prognosis bands each complete survival score supports (pathway.md §11 S11; the mapping of score groups to bands is an inference, §7 item 5). Scores not listed give no vote.</extracomment>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>Rades 2-month score %1 (≥ 19) → %2</source>
        <translation>Rades-2-Monats-Score %1 (≥ 19) → %2</translation>
    </message>
    <message>
        <source>van der Linden group %1 → %2</source>
        <translation>van-der-Linden-Gruppe %1 → %2</translation>
    </message>
    <message>
        <source>revised Tokuhashi %1 (%2) → %3</source>
        <translation>Tokuhashi-Score (revidiert) %1 (%2) → %3</translation>
    </message>
    <message>
        <source>; scores for context: %1</source>
        <translation>; Scores zur Einordnung: %1</translation>
    </message>
    <message>
        <source>haematological primary: the survival scores were built in solid tumours, so no band is derived — estimate the prognosis%1</source>
        <translation>hämatologischer Primärtumor: die Überlebens-Scores wurden bei soliden Tumoren entwickelt, daher wird keine Prognosegruppe abgeleitet – Prognose bitte einschätzen%1</translation>
    </message>
    <message>
        <source>no survival score complete; estimate the prognosis</source>
        <translation>kein Überlebens-Score vollständig; Prognose bitte einschätzen</translation>
    </message>
    <message>
        <source>%1 (mapping is an inference)</source>
        <translation>%1 (Zuordnung ist abgeleitet)</translation>
    </message>
    <message>
        <source>the survival scores allow %1 (%2); estimate the prognosis</source>
        <translation>die Überlebens-Scores lassen %1 zu (%2); Prognose bitte einschätzen</translation>
    </message>
    <message>
        <source>the survival scores disagree (%1); estimate the prognosis: %2</source>
        <translation>die Überlebens-Scores widersprechen sich (%1); Prognose bitte einschätzen: %2</translation>
    </message>
    <message>
        <source>%1: the growth category waits for the diagnosis</source>
        <translation>%1: die Wachstumskategorie setzt die gesicherte Diagnose voraus</translation>
    </message>
    <message>
        <source>no neurological examination</source>
        <translation>keine neurologische Untersuchung</translation>
    </message>
    <message>
        <source>key-muscle grades incomplete</source>
        <translation>Kraftgrade der Kennmuskeln unvollständig</translation>
    </message>
    <message>
        <source>latest ISNCSCI exam (other key muscles not yet graded)</source>
        <translation>letzte ISNCSCI-Untersuchung (weitere Kennmuskeln noch nicht bewertet)</translation>
    </message>
    <message>
        <source>latest ISNCSCI exam</source>
        <translation>letzte ISNCSCI-Untersuchung</translation>
    </message>
    <message>
        <source>Karnofsky index</source>
        <translation>Karnofsky-Index</translation>
    </message>
    <message>
        <source>not named in the 2005 table, scored as &apos;others&apos; — override if you judge otherwise</source>
        <translation>in der Tabelle von 2005 nicht genannt, als „andere“ gewertet – überschreiben, wenn Sie es anders beurteilen</translation>
    </message>
    <message>
        <source>visceral metastases: %1 (removable read as treatable)</source>
        <translation>viszerale Metastasen: %1 (resektabel als behandelbar gewertet)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 oder %3</translation>
    </message>
    <message>
        <source>lung cancer</source>
        <translation>Lungenkarzinom</translation>
    </message>
    <message>
        <source>breast, kidney, lymphoma or myeloma</source>
        <translation>Mamma, Niere, Lymphom oder Myelom</translation>
    </message>
    <message>
        <source>modified Bauer score</source>
        <translation>modifizierter Bauer-Score</translation>
    </message>
    <message>
        <source>modified Bauer score incomplete</source>
        <translation>modifizierter Bauer-Score unvollständig</translation>
    </message>
    <message>
        <source>For a primary scored &apos;other&apos; the score reaches at most 3 points, so the group is A whatever the Karnofsky index: it says nothing about this patient and does not vote for the prognosis.</source>
        <translation>Bei einem als „andere“ gewerteten Primärtumor erreicht der Score höchstens 3 Punkte, die Gruppe ist also unabhängig vom Karnofsky-Index A: sie sagt über diese Patientin bzw. diesen Patienten nichts aus und geht nicht in die Prognose ein.</translation>
    </message>
    <message>
        <source>Derived in patients irradiated for MSCC with motor deficits; this patient has no motor deficit recorded, so the score does not apply.</source>
        <translation>Entwickelt an Patientinnen und Patienten, die wegen MESCC mit motorischen Defiziten bestrahlt wurden; hier ist kein motorisches Defizit erfasst, der Score ist daher nicht anwendbar.</translation>
    </message>
    <message>
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <source>ASA class</source>
        <translation>ASA-Klasse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The patient facts that describe the neurological deficit; a lesion that cannot explain the deficit is judged without them (S4). Facts that are not recorded and whose worse case was planned for (S2, S3, S5): recording them could change this output. The reasons are in :attr:`assumed_why`. The lesion the value comes from (S4), when the case has more than one. Each lesion&apos;s own answer, when the case has more than one lesion. Rules of other lesions that give the same value (S4, S10), e.g. (&quot;B25 at T6&quot;,). The facts the rule looked at, with their values. The lesion the rule fired for (&quot;&quot; for the patient as a whole). The fired rules behind the line, for a &quot;why?&quot; with the facts each one used. False while missing facts could still change the level (&quot;Emergency until excluded&quot;). Whether the patient&apos;s deficit was attributed to this lesion (S4). Facts whose worse case was planned for, over all outputs (they could lower an output). Each lesion&apos;s facts with their provenance, in the order of :attr:`lesions` (from a case).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Minimum labs missing (Empfehlung 14): %1.</source>
        <translation>Fehlende Mindestlaborwerte (Empfehlung 14): %1.</translation>
    </message>
    <message>
        <source>No reference range recorded, so not judged: %1.</source>
        <translation>Kein Referenzbereich erfasst, daher nicht beurteilt: %1.</translation>
    </message>
    <message>
        <source>Optional lab indicated (Empfehlung 14): %1 — %2.</source>
        <translation>Optionaler Laborparameter indiziert (Empfehlung 14): %1 – %2.</translation>
    </message>
    <message>
        <source>low radiosensitivity named in the guideline (10.5.7)</source>
        <extracomment>Tokuhashi 2005 primary-site categories for our primaries (myeloma/lymphoma: unlisted -&gt; other). Only a histologically proven cancer of unknown primary is &quot;unidentified&quot; (pathway.md §11 S13). Default radiosensitivity by primary (scenarios README): low = guideline text (melanoma, sarcoma, renal cell, thyroid, gastrointestinal); high = NOMS literature (pathway.md §7 item 6).</extracomment>
        <translation>in der Leitlinie als wenig strahlensensibel genannt (10.5.7)</translation>
    </message>
    <message>
        <source>radiosensitive per the NOMS literature (not the guideline&apos;s text)</source>
        <translation>strahlensensibel nach der NOMS-Literatur (nicht Leitlinientext)</translation>
    </message>
    <message>
        <source>slow growth in Tomita&apos;s figure (2001)</source>
        <extracomment>Default Tomita growth category by primary (Tomita K et al. Spine 2001;26(3):298-306; scores-surgical.md §3a): the original figure gives breast and thyroid as slow, kidney and uterus as moderate, lung and stomach as rapid growth; secondary implementations add prostate as slow. No other primary has a default (other placements are unverified): the clinician chooses. (&quot;Unknown primary: rapid&quot; in secondary sources is not used: an unknown primary leaves the item missing, S13.)</extracomment>
        <translation>langsames Wachstum in Tomitas Abbildung (2001)</translation>
    </message>
    <message>
        <source>moderate growth in Tomita&apos;s figure (2001)</source>
        <translation>mäßiges Wachstum in Tomitas Abbildung (2001)</translation>
    </message>
    <message>
        <source>rapid growth in Tomita&apos;s figure (2001)</source>
        <translation>schnelles Wachstum in Tomitas Abbildung (2001)</translation>
    </message>
    <message>
        <source>slow growth in secondary sources (not named in Tomita&apos;s figure)</source>
        <translation>langsames Wachstum nach Sekundärquellen (in Tomitas Abbildung nicht genannt)</translation>
    </message>
    <message>
        <source>the clinician</source>
        <extracomment>The SINS pain item from the patient&apos;s pain character (SINS Tab. 4, pathway.md §8.4: mechanical pain 3, non-mechanical pain 1, pain-free 0). Every derived score input the clinician may override (``Case.overrides`` targets). The items of modified Bauer share the targets of the Bauer score: they are the same facts.</extracomment>
        <translation>die behandelnde Ärztin / den behandelnden Arzt</translation>
    </message>
    <message>
        <source>overridden by %1</source>
        <translation>manuell überschrieben von %1</translation>
    </message>
    <message>
        <source>overridden by %1: %2</source>
        <translation>manuell überschrieben von %1: %2</translation>
    </message>
    <message>
        <source>%1 (derived value: %2)</source>
        <translation>%1 (abgeleiteter Wert: %2)</translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation>%1 nicht erfasst</translation>
    </message>
    <message>
        <source>primary tumour not yet known</source>
        <translation>Primärtumor noch nicht bekannt</translation>
    </message>
    <message>
        <source>the lesion is not yet diagnosed (diagnosis unclear)</source>
        <translation>die Läsion ist noch nicht diagnostisch gesichert (Diagnose unklar)</translation>
    </message>
    <message>
        <source>%1 only suspected: cancer not confirmed</source>
        <translation>%1 nur vermutet: Tumorerkrankung nicht gesichert</translation>
    </message>
    <message>
        <source>date of first diagnosis not recorded</source>
        <translation>Datum der Erstdiagnose nicht erfasst</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>visceral/brain metastases unremovable</source>
        <translation>viszerale/zerebrale Metastasen nicht resektabel</translation>
    </message>
    <message>
        <source>visceral metastases not recorded</source>
        <translation>viszerale Metastasen nicht erfasst</translation>
    </message>
    <message>
        <source>brain metastases not recorded</source>
        <translation>Hirnmetastasen nicht erfasst</translation>
    </message>
    <message>
        <source>visceral: %1, brain: %2</source>
        <translation>viszeral: %1, zerebral: %2</translation>
    </message>
    <message>
        <source>visceral: %1</source>
        <translation>viszeral: %1</translation>
    </message>
    <message>
        <source>number of vertebral metastases not recorded (the lesions entered count only once staging is marked complete)</source>
        <translation>Anzahl der Wirbelkörpermetastasen nicht erfasst (die eingetragenen Läsionen zählen erst, wenn das Staging als vollständig markiert ist)</translation>
    </message>
    <message>
        <source>a lesion has no level</source>
        <translation>eine Läsion hat keine Höhenangabe</translation>
    </message>
    <message>
        <source>number of vertebral metastases not recorded</source>
        <translation>Anzahl der Wirbelkörpermetastasen nicht erfasst</translation>
    </message>
    <message>
        <source>vertebral count and extraspinal bone foci needed</source>
        <translation>Anzahl der Wirbelkörpermetastasen und extraspinalen Knochenherde erforderlich</translation>
    </message>
    <message>
        <source>%1 vertebral + %2 extraspinal</source>
        <translation>%1 vertebral + %2 extraspinal</translation>
    </message>
    <message>
        <source>a lesion has a pathological fracture</source>
        <translation>eine Läsion hat eine pathologische Fraktur</translation>
    </message>
    <message>
        <source>pathological fracture not recorded for every lesion</source>
        <translation>pathologische Fraktur nicht für jede Läsion erfasst</translation>
    </message>
    <message>
        <source>no lesion has a pathological fracture</source>
        <translation>keine Läsion hat eine pathologische Fraktur</translation>
    </message>
    <message>
        <source>primary tumour not recorded</source>
        <translation>Primärtumor nicht erfasst</translation>
    </message>
    <message>
        <source>primary tumour: %1 (%2)</source>
        <translation>Primärtumor: %1 (%2)</translation>
    </message>
    <message>
        <source>primary tumour: %1</source>
        <extracomment>The SINS pain item as the lesion&apos;s own pain (the pathway&apos;s pain vocabulary). A flare is judged within 6 months of starting a systemic therapy (French text F4, F5).</extracomment>
        <translation>Primärtumor: %1</translation>
    </message>
    <message>
        <source>counted from the %1 lesion(s) entered; staging complete</source>
        <translation>gezählt aus %1 eingetragenen Läsion(en); Staging vollständig</translation>
    </message>
    <message>
        <source>cancer of unknown primary: %1 cannot be excluded</source>
        <translation>CUP-Syndrom: %1 nicht ausgeschlossen</translation>
    </message>
    <message>
        <source>cancer of unknown primary: this score&apos;s table has no category for it</source>
        <translation>CUP-Syndrom: die Tabelle dieses Scores hat dafür keine Kategorie</translation>
    </message>
    <message>
        <source>primary tumour: %1; %2</source>
        <translation>Primärtumor: %1; %2</translation>
    </message>
    <message>
        <source>no default for this primary; set it if known</source>
        <translation>keine Voreinstellung für diesen Primärtumor; bitte angeben, falls bekannt</translation>
    </message>
    <message>
        <source>primary tumour: %1 — %2</source>
        <translation>Primärtumor: %1 – %2</translation>
    </message>
    <message>
        <source>%1: no growth category yet</source>
        <translation>%1: noch keine Wachstumskategorie</translation>
    </message>
    <message>
        <source>no default for %1: choose the growth category</source>
        <translation>keine Vorgabe für %1: Wachstumskategorie auswählen</translation>
    </message>
    <message>
        <source>default from the primary tumour: %1 — %2</source>
        <translation>Vorgabe aus dem Primärtumor: %1 — %2</translation>
    </message>
    <message>
        <source>several lesions: the patient&apos;s pain is not given to one of them — choose the SINS pain item</source>
        <translation>mehrere Läsionen: der Schmerz des Patienten wird keiner von ihnen zugeordnet — SINS-Schmerz-Item auswählen</translation>
    </message>
    <message>
        <source>from the patient&apos;s pain character: %1</source>
        <translation>aus dem Schmerzcharakter des Patienten: %1</translation>
    </message>
    <message>
        <source>albumin not measured</source>
        <translation>Albumin nicht bestimmt</translation>
    </message>
    <message>
        <source>albumin unit not recorded</source>
        <translation>Einheit des Albumins nicht erfasst</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>converted from %1 %2</source>
        <translation>umgerechnet aus %1 %2</translation>
    </message>
    <message>
        <source>ambulatory status not recorded</source>
        <translation>Gehfähigkeit nicht erfasst</translation>
    </message>
    <message>
        <source>ambulatory: %1 (examination of %2; the latest examination did not record it)</source>
        <translation>Gehfähigkeit: %1 (Untersuchung vom %2; die letzte Untersuchung hat sie nicht erfasst)</translation>
    </message>
    <message>
        <source>walks with an aid: whether that counts as &apos;independent ambulation&apos; is unverified for NESMS — override to decide</source>
        <translation>gehfähig mit Hilfsmittel: ob das für den NESMS als „selbstständig gehfähig“ zählt, ist nicht verifiziert – zur Entscheidung überschreiben</translation>
    </message>
    <message>
        <source>ambulatory: %1</source>
        <translation>Gehfähigkeit: %1</translation>
    </message>
    <message>
        <source>hypercalcaemia</source>
        <extracomment>Empfehlung 14 [sollte]: full blood count, CRP, calcium, Quick/INR, PTT. &quot;Quick/INR&quot; is one item; the INR is the value the program judges (Quick alone is accepted as recorded). Grades of hypercalcaemia by the albumin-corrected calcium (pathway.md §11 S12; the guideline gives none): &lt; 3.0 mmol/L often asymptomatic, 3.0–3.5 prompt treatment usually indicated, &gt; 3.5 urgent correction.</extracomment>
        <translation>Hyperkalzämie</translation>
    </message>
    <message>
        <source>bleeding risk</source>
        <translation>Blutungsrisiko</translation>
    </message>
    <message>
        <source>infection as the differential diagnosis</source>
        <translation>Infektion als Differentialdiagnose</translation>
    </message>
    <message>
        <source>Hypercalcaemia, severe (corrected calcium &gt; 3.5 mmol/L): urgent correction — risk of arrhythmia and coma.</source>
        <translation>Hyperkalzämie, schwer (korrigiertes Kalzium &gt; 3,5 mmol/l): dringliche Korrektur – Gefahr von Herzrhythmusstörungen und Koma.</translation>
    </message>
    <message>
        <source>Hypercalcaemia, moderate (corrected calcium 3.0–3.5 mmol/L): prompt treatment is usually indicated.</source>
        <translation>Hyperkalzämie, mittelschwer (korrigiertes Kalzium 3,0–3,5 mmol/l): zeitnahe Behandlung meist angezeigt.</translation>
    </message>
    <message>
        <source>Hypercalcaemia, mild (corrected calcium &lt; 3.0 mmol/L): often asymptomatic; no urgent correction.</source>
        <translation>Hyperkalzämie, leicht (korrigiertes Kalzium &lt; 3,0 mmol/l): oft asymptomatisch; keine dringliche Korrektur.</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <extracomment>Values without a reference range (shown, not judged). Free-text results (e.g. the protein electrophoresis report), latest per analyte.</extracomment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>≤ %1 %2</source>
        <translation>≤ %1 %2</translation>
    </message>
    <message>
        <source>≥ %1 %2</source>
        <translation>≥ %1 %2</translation>
    </message>
    <message>
        <source>unit not recorded: not converted or used in calculations</source>
        <translation>Einheit nicht erfasst: nicht umgerechnet und in keiner Berechnung verwendet</translation>
    </message>
    <message>
        <source>no reference range recorded: not judged</source>
        <translation>kein Referenzbereich erfasst: nicht beurteilt</translation>
    </message>
    <message>
        <source>above the reference range %1</source>
        <translation>über dem Referenzbereich %1</translation>
    </message>
    <message>
        <source>below the reference range %1</source>
        <translation>unter dem Referenzbereich %1</translation>
    </message>
    <message>
        <source>within the reference range %1</source>
        <translation>im Referenzbereich %1</translation>
    </message>
    <message>
        <source>albumin-corrected calcium %1 mmol/L (Payne) above the reference range</source>
        <translation>albuminkorrigiertes Kalzium %1 mmol/l (Payne) über dem Referenzbereich</translation>
    </message>
    <message>
        <source>%1; albumin below its reference range makes the correction less reliable — measure ionised calcium</source>
        <translation>%1; bei Albumin unter dem Referenzbereich ist die Korrektur weniger verlässlich – ionisiertes Kalzium bestimmen</translation>
    </message>
    <message>
        <source>calcium %1 %2 above the reference range, not corrected (albumin not measured): the corrected value may be higher — measure albumin or ionised calcium</source>
        <translation>Kalzium %1 %2 über dem Referenzbereich, nicht korrigiert (Albumin nicht bestimmt): der korrigierte Wert kann höher liegen – Albumin oder ionisiertes Kalzium bestimmen</translation>
    </message>
    <message>
        <source>Calcium recorded without a usable unit: hypercalcaemia cannot be judged.</source>
        <extracomment>Why the value is flagged, or that it cannot be judged (no reference range). For graded flags (hypercalcaemia); &quot;&quot; for the others.</extracomment>
        <translation>Kalzium ohne verwertbare Einheit erfasst: eine Hyperkalzämie kann nicht beurteilt werden.</translation>
    </message>
    <message>
        <source>calcium %1 %2</source>
        <translation>Kalzium %1 %2</translation>
    </message>
    <message>
        <source>Hypercalcaemia, not graded: the calcium is not albumin-corrected.</source>
        <translation>Hyperkalzämie, nicht eingestuft: das Kalzium ist nicht albuminkorrigiert.</translation>
    </message>
    <message>
        <source>uncorrected calcium %1 %2 (albumin not measured): at least this grade — measure albumin or ionised calcium</source>
        <translation>nicht korrigiertes Kalzium %1 %2 (Albumin nicht bestimmt): mindestens dieser Schweregrad – Albumin oder ionisiertes Kalzium bestimmen</translation>
    </message>
    <message>
        <source>albumin-corrected calcium %1 mmol/L (Payne); no reference range recorded</source>
        <translation>albuminkorrigiertes Kalzium %1 mmol/l (Payne); kein Referenzbereich erfasst</translation>
    </message>
    <message>
        <source>INR %1 above the reference range</source>
        <translation>INR %1 über dem Referenzbereich</translation>
    </message>
    <message>
        <source>platelets %1 %2 below the reference range</source>
        <translation>Thrombozyten %1 %2 unter dem Referenzbereich</translation>
    </message>
    <message>
        <source>PTT %1 %2 above the reference range</source>
        <translation>PTT %1 %2 über dem Referenzbereich</translation>
    </message>
    <message>
        <source>Bleeding risk before surgery or biopsy: correct or plan accordingly.</source>
        <translation>Blutungsrisiko vor Operation oder Biopsie: korrigieren oder entsprechend planen.</translation>
    </message>
    <message>
        <source>Raised CRP and leukocytes: consider infection (e.g. spondylodiscitis) as the differential diagnosis.</source>
        <translation>CRP und Leukozyten erhöht: Infektion (z. B. Spondylodiszitis) als Differentialdiagnose erwägen.</translation>
    </message>
    <message>
        <source>CRP %1 %2, leukocytes %3 %4</source>
        <translation>CRP %1 %2, Leukozyten %3 %4</translation>
    </message>
    <message>
        <source>lytic or mixed lesion recorded</source>
        <translation>osteolytische oder gemischte Läsion erfasst</translation>
    </message>
    <message>
        <source>no lytic or mixed lesion</source>
        <translation>keine osteolytische oder gemischte Läsion</translation>
    </message>
    <message>
        <source>bone-lesion type not recorded for every lesion</source>
        <translation>Knochenläsionstyp nicht bei jeder Läsion erfasst</translation>
    </message>
    <message>
        <source>spinal lesion recorded (bone metastases, course)</source>
        <translation>Wirbelsäulenläsion erfasst (Knochenmetastasen, Verlauf)</translation>
    </message>
    <message>
        <source>bone-metabolism disease recorded</source>
        <translation>Erkrankung des Knochenstoffwechsels erfasst</translation>
    </message>
    <message>
        <source>no lesion and no bone-metabolism disease recorded</source>
        <translation>keine Läsion und keine Erkrankung des Knochenstoffwechsels erfasst</translation>
    </message>
    <message>
        <source>no lesion recorded; bone-metabolism disease not assessed</source>
        <translation>keine Läsion erfasst; Erkrankung des Knochenstoffwechsels nicht beurteilt</translation>
    </message>
    <message>
        <source>osteoporosis as a differential diagnosis not assessed</source>
        <translation>Osteoporose als Differentialdiagnose nicht beurteilt</translation>
    </message>
    <message>
        <source>osteoporosis is a differential diagnosis</source>
        <translation>Osteoporose ist eine Differentialdiagnose</translation>
    </message>
    <message>
        <source>osteoporosis is not a differential diagnosis</source>
        <translation>Osteoporose ist keine Differentialdiagnose</translation>
    </message>
    <message>
        <source>brown tumour is a differential diagnosis</source>
        <translation>Brauner Tumor ist eine Differentialdiagnose</translation>
    </message>
    <message>
        <source>brown tumour possible: %1 and hyperparathyroidism or end-stage renal disease</source>
        <translation>Brauner Tumor möglich: %1 und Hyperparathyreoidismus oder terminale Niereninsuffizienz</translation>
    </message>
    <message>
        <source>brown tumour is not a differential diagnosis</source>
        <translation>Brauner Tumor ist keine Differentialdiagnose</translation>
    </message>
    <message>
        <source>no hyperparathyroidism or end-stage renal disease</source>
        <translation>kein Hyperparathyreoidismus und keine terminale Niereninsuffizienz</translation>
    </message>
    <message>
        <source>brown tumour cannot be judged yet: %1</source>
        <translation>Brauner Tumor noch nicht beurteilbar: %1</translation>
    </message>
    <message>
        <source>hyperparathyroidism or end-stage renal disease not assessed</source>
        <translation>Hyperparathyreoidismus oder terminale Niereninsuffizienz nicht beurteilt</translation>
    </message>
    <message>
        <source>myeloma is not a differential diagnosis</source>
        <translation>Myelom ist keine Differentialdiagnose</translation>
    </message>
    <message>
        <source>%1 and myeloma is a differential diagnosis</source>
        <translation>%1 und Myelom ist eine Differentialdiagnose</translation>
    </message>
    <message>
        <source>cannot be judged yet: %1</source>
        <translation>noch nicht beurteilbar: %1</translation>
    </message>
    <message>
        <source>myeloma as a differential diagnosis not assessed</source>
        <translation>Myelom als Differentialdiagnose nicht beurteilt</translation>
    </message>
    <message>
        <source>no neurological examination recorded</source>
        <translation>keine neurologische Untersuchung erfasst</translation>
    </message>
    <message>
        <source>entered by the clinician</source>
        <translation>ärztlich eingegeben</translation>
    </message>
    <message>
        <source>AIS %1</source>
        <translation>AIS %1</translation>
    </message>
    <message>
        <source>not ambulatory</source>
        <translation>nicht gehfähig</translation>
    </message>
    <message>
        <source>bladder/bowel dysfunction</source>
        <translation>Blasen-Mastdarm-Störung</translation>
    </message>
    <message>
        <source>key muscle(s) graded %1/5 (≤ 3)</source>
        <translation>Kennmuskel(n) mit Kraftgrad %1/5 (≤ 3)</translation>
    </message>
    <message>
        <source>ambulatory status</source>
        <translation>Gehfähigkeit</translation>
    </message>
    <message>
        <source>bladder/bowel function</source>
        <translation>Blasen- und Mastdarmfunktion</translation>
    </message>
    <message>
        <source>key-muscle grades</source>
        <translation>Kraftgrade der Kennmuskeln</translation>
    </message>
    <message>
        <source>cannot classify the deficit: missing %1</source>
        <translation>Defizit nicht einstufbar: es fehlt %1</translation>
    </message>
    <message>
        <source>motor deficit (key muscle 4/5), ambulatory, bladder/bowel intact</source>
        <translation>motorisches Defizit (Kennmuskel 4/5), gehfähig, Vegetativum intakt</translation>
    </message>
    <message>
        <source>radicular pain</source>
        <translation>radikuläre Schmerzen</translation>
    </message>
    <message>
        <source>sensory deficit without motor deficit</source>
        <translation>sensible Ausfälle ohne motorisches Defizit</translation>
    </message>
    <message>
        <source>sensory examination</source>
        <translation>Sensibilitätsprüfung</translation>
    </message>
    <message>
        <source>radicular pain (yes/no)</source>
        <translation>radikuläre Schmerzen (ja/nein)</translation>
    </message>
    <message>
        <source>all key muscles 5/5, sensation intact, no radicular pain</source>
        <translation>alle Kennmuskeln 5/5, Sensibilität intakt, keine radikulären Schmerzen</translation>
    </message>
    <message>
        <source>%1 key muscle(s) below 5/5, weakest %2/5 (%3)</source>
        <translation>%1 Kennmuskel(n) unter 5/5, schwächster %2/5 (%3)</translation>
    </message>
    <message>
        <source>voluntary anal contraction absent</source>
        <translation>willkürliche anale Kontraktion fehlt</translation>
    </message>
    <message>
        <source>weakness reported by the patient</source>
        <translation>Schwäche von der Patientin bzw. dem Patienten angegeben</translation>
    </message>
    <message>
        <source>bladder/bowel complaints reported by the patient</source>
        <translation>Blasen- oder Mastdarmbeschwerden von der Patientin bzw. dem Patienten angegeben</translation>
    </message>
    <message>
        <source>all key muscles graded 5/5 (or non-SCI), ambulatory, bladder/bowel intact</source>
        <translation>alle Kennmuskeln 5/5 (oder nicht rückenmarksbedingt), gehfähig, Blasen- und Mastdarmfunktion intakt</translation>
    </message>
    <message>
        <source>no motor or autonomic finding recorded yet</source>
        <translation>noch kein motorischer oder vegetativer Befund erfasst</translation>
    </message>
    <message>
        <source>plegic pattern; sacral examination missing or not testable</source>
        <translation>Plegiemuster; sakrale Untersuchung fehlt oder nicht prüfbar</translation>
    </message>
    <message>
        <source>enter the Frankel grade or complete the ISNCSCI worksheet</source>
        <translation>Frankel-Grad eingeben oder ISNCSCI-Worksheet vervollständigen</translation>
    </message>
    <message>
        <source>AIS %1 is undetermined; enter the Frankel grade</source>
        <translation>AIS %1 ist nicht eindeutig; Frankel-Grad eingeben</translation>
    </message>
    <message>
        <source>from AIS %1</source>
        <translation>aus AIS %1</translation>
    </message>
    <message>
        <source>time of deficit onset not recorded</source>
        <translation>Beginn der neurologischen Ausfälle nicht erfasst</translation>
    </message>
    <message>
        <source>from deficit onset %1</source>
        <translation>ab Beginn der Ausfälle %1</translation>
    </message>
    <message>
        <source>motor score fell by %1 points (%2 → %3)</source>
        <translation>Motorik-Score um %1 Punkte gefallen (%2 → %3)</translation>
    </message>
    <message>
        <source>neurological level rose (%1 → %2)</source>
        <translation>neurologisches Niveau gestiegen (%1 → %2)</translation>
    </message>
    <message>
        <source>AIS worsened (%1 → %2)</source>
        <translation>AIS verschlechtert (%1 → %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The effects of each rule on each output, looked up once (the rules are fixed at import). The qualifiers (S3) of each output, in the order of :data:`RULES`. The advice effects (no output slot), in the order of :data:`RULES`. While it is not known whether the lesion explains the deficit: the facts of the other reading (without the deficit when it is attributed, with it when it is not), and the lesion facts that would settle it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Emergency: present at a spine centre now; surgery within 6 hours if operable.</source>
        <translation>Notfall: unmittelbare Vorstellung in einem spezialisierten Wirbelsäulenzentrum; bei Operabilität Operation innerhalb von 6 h.</translation>
    </message>
    <message>
        <source>Emergency until excluded: present at a spine centre now; surgery within 6 hours may be needed — missing: %1.</source>
        <translation>Notfall bis zum Ausschluss: unmittelbare Vorstellung in einem spezialisierten Wirbelsäulenzentrum; eine Operation innerhalb von 6 h kann nötig sein – es fehlen: %1.</translation>
    </message>
    <message>
        <source>Urgent: present at a spine centre now; surgery within 24 hours if operable.</source>
        <translation>Dringlich: unmittelbare Vorstellung in einem spezialisierten Wirbelsäulenzentrum; bei Operabilität Operation innerhalb von 24 h.</translation>
    </message>
    <message>
        <source>Urgent: present at a spine centre now; immediate imaging. Surgery timing undetermined — missing: %1.</source>
        <translation>Dringlich: unmittelbare Vorstellung in einem spezialisierten Wirbelsäulenzentrum; unmittelbare Bildgebung. Zeitpunkt der Operation offen – es fehlen: %1.</translation>
    </message>
    <message>
        <source>Urgent: present at a spine centre now; immediate imaging. Surgery not possible and no safe radiotherapy: supportive care; discuss the options in the tumour board.</source>
        <translation>Dringlich: unmittelbare Vorstellung in einem spezialisierten Wirbelsäulenzentrum; unmittelbare Bildgebung. Operation nicht möglich und keine sichere Strahlentherapie: supportive Therapie; das Vorgehen in der interdisziplinären Tumorkonferenz besprechen.</translation>
    </message>
    <message>
        <source>Urgent: present at a spine centre now; immediate imaging. Surgery not possible: radiotherapy and supportive care.</source>
        <translation>Dringlich: unmittelbare Vorstellung in einem spezialisierten Wirbelsäulenzentrum; unmittelbare Bildgebung. Operation nicht möglich: Strahlentherapie und supportive Therapie.</translation>
    </message>
    <message>
        <source>Urgent: present at a spine centre now; immediate imaging.</source>
        <translation>Dringlich: unmittelbare Vorstellung in einem spezialisierten Wirbelsäulenzentrum; unmittelbare Bildgebung.</translation>
    </message>
    <message>
        <source>Urgency cannot be determined yet — missing: %1. It may be an emergency: check these first.</source>
        <translation>Dringlichkeit noch nicht bestimmbar – es fehlen: %1. Es kann ein Notfall sein: diese Angaben zuerst prüfen.</translation>
    </message>
    <message>
        <source>Urgency cannot be determined yet — missing: %1.</source>
        <translation>Dringlichkeit noch nicht bestimmbar – es fehlen: %1.</translation>
    </message>
    <message>
        <source>Prompt: imaging soon (not necessarily immediately); present immediately if the deficit worsens.</source>
        <translation>Zeitnah: Bildgebung zeitnah, aber nicht zwingend unmittelbar; bei Verschlechterung der Ausfälle unmittelbare Vorstellung.</translation>
    </message>
    <message>
        <source>Discuss in the interdisciplinary tumour board; no emergency.</source>
        <translation>Vorstellung in der interdisziplinären Tumorkonferenz; kein Notfall.</translation>
    </message>
    <message>
        <source>Routine: no emergency; plan treatment with the tumour board.</source>
        <translation>Regulär: kein Notfall; Therapie mit der Tumorkonferenz planen.</translation>
    </message>
    <message>
        <source>Planned for the worse until recorded: %1.</source>
        <translation>Bis zur Erfassung vom ungünstigeren Fall ausgegangen: %1.</translation>
    </message>
    <message>
        <source>primary tumour</source>
        <extracomment>Facts that exist only when recorded: left out, they mean &quot;nothing recorded&quot; (see module doc). Facts whose worse case a rule plans for when they are not recorded (S2, S3, S5): the answer is decided and the fact is named as one whose recording could lower it (:meth:`FactView.assume`). Facts that can only raise an urgency: unknown, the other facts decide (:meth:`FactView.escalates`).</extracomment>
        <translation>Primärtumor</translation>
    </message>
    <message>
        <source>radiosensitivity</source>
        <translation>Strahlensensibilität</translation>
    </message>
    <message>
        <source>neurological deficit class</source>
        <translation>Schweregrad der neurologischen Ausfälle</translation>
    </message>
    <message>
        <source>hours since deficit onset</source>
        <translation>Stunden seit Beginn der Ausfälle</translation>
    </message>
    <message>
        <source>rapidly progressive deficit</source>
        <translation>rasch progrediente Ausfallssymptomatik</translation>
    </message>
    <message>
        <source>level of the lesion</source>
        <translation>Höhe der Läsion</translation>
    </message>
    <message>
        <source>SINS of the lesion</source>
        <translation>SINS der Läsion</translation>
    </message>
    <message>
        <source>SINS range from the items recorded</source>
        <translation>SINS-Spanne aus den erfassten Items</translation>
    </message>
    <message>
        <source>ESCC (Bilsky) grade</source>
        <translation>ESCC-Grad (Bilsky)</translation>
    </message>
    <message>
        <source>(threatening) unstable fracture</source>
        <translation>(drohende) instabile Fraktur</translation>
    </message>
    <message>
        <source>bone fragments in the canal</source>
        <translation>Knochenfragmente im Spinalkanal</translation>
    </message>
    <message>
        <source>operability (anaesthesia)</source>
        <translation>Operabilität (Anästhesie)</translation>
    </message>
    <message>
        <source>patient&apos;s consent to surgery</source>
        <translation>Einwilligung in eine Operation</translation>
    </message>
    <message>
        <source>survival prognosis</source>
        <translation>Überlebensprognose</translation>
    </message>
    <message>
        <source>oligometastatic (board-confirmed)</source>
        <translation>Oligometastasierung (durch Tumorkonferenz bestätigt)</translation>
    </message>
    <message>
        <source>hypervascular lesion</source>
        <translation>hypervaskularisierte Läsion</translation>
    </message>
    <message>
        <source>diagnosis unclear / primary unknown</source>
        <translation>Diagnose unklar / Primärtumor unbekannt</translation>
    </message>
    <message>
        <source>spinal-cord tolerance exhausted by prior RT</source>
        <translation>Toleranzdosis des Myelons durch Vorbestrahlung ausgereizt</translation>
    </message>
    <message>
        <source>lesion diameter (cm)</source>
        <translation>Durchmesser der Läsion (cm)</translation>
    </message>
    <message>
        <source>pain character</source>
        <translation>Schmerzcharakter</translation>
    </message>
    <message>
        <source>deterioration between examinations</source>
        <translation>Verschlechterung zwischen den Untersuchungen</translation>
    </message>
    <message>
        <source>FDG-PET performed</source>
        <translation>FDG-PET durchgeführt</translation>
    </message>
    <message>
        <source>isolated (solitary) bone lesion</source>
        <translation>isolierte (solitäre) Knochenläsion</translation>
    </message>
    <message>
        <source>new uptake within 6 months of treatment start</source>
        <translation>neue Anreicherung innerhalb von 6 Monaten nach Therapiebeginn</translation>
    </message>
    <message>
        <source>documented motor or autonomic finding</source>
        <translation>dokumentierter motorischer oder vegetativer Befund</translation>
    </message>
    <message>
        <source>completeness of the cord syndrome (sacral examination)</source>
        <translation>Vollständigkeit des Querschnittsyndroms (sakrale Untersuchung)</translation>
    </message>
    <message>
        <source>pain improving</source>
        <translation>Schmerzen rückläufig</translation>
    </message>
    <message>
        <source>radiation oncologist: cord dose allows another course</source>
        <translation>Strahlentherapie: Myelondosis erlaubt eine weitere Bestrahlung</translation>
    </message>
    <message>
        <source>osteoporotic bone</source>
        <translation>osteoporotische Knochenqualität</translation>
    </message>
    <message>
        <source>lesion in a previous radiotherapy field</source>
        <translation>Läsion in einem früheren Bestrahlungsfeld</translation>
    </message>
    <message>
        <source>previous radiotherapy courses at the lesion&apos;s level</source>
        <translation>frühere Bestrahlungsserien in Höhe der Läsion</translation>
    </message>
    <message>
        <source>BED left to the conventional cumulative limit (Gy₂)</source>
        <translation>verbleibende BED bis zur konventionellen kumulativen Grenze (Gy₂)</translation>
    </message>
    <message>
        <source>flare suspected (new uptake under effective therapy)</source>
        <translation>Flare-Phänomen vermutet (neue Anreicherung unter wirksamer Therapie)</translation>
    </message>
    <message>
        <source>imaging on which the lesion was found</source>
        <translation>Bildgebung, in der die Läsion gefunden wurde</translation>
    </message>
    <message>
        <source>osteolytic lesion</source>
        <translation>osteolytische Läsion</translation>
    </message>
    <message>
        <source>pain at the lesion</source>
        <translation>Schmerzen an der Läsion</translation>
    </message>
    <message>
        <source>not recorded whether the spinal-cord tolerance is exhausted</source>
        <extracomment>Surgery values that mean an operation is planned (pathway.md §11 S10). Surgery values that stay qualified by operability and consent (S3). SINS bands from the SINS table (pathway.md §2, E 25, Tab. 4): one source, the score module. The smallest useful course, 1 × 4 Gy, as BED with α/β = 2 Gy: 4 × (1 + 4/2) = 12 Gy₂ (S5). Previous courses at one level above which the 11.8 figures no longer apply (S5). Deficit onset within which a complete deficit is operated on as an emergency (scenarios rule 2). Facts not recorded whose worse case a rule planned for (S2, S3, S5), with why.</extracomment>
        <translation>nicht erfasst, ob die Toleranzdosis des Myelons ausgereizt ist</translation>
    </message>
    <message>
        <source>the previous prescribed doses are not all recorded: the cumulative dose cannot be checked here</source>
        <translation>die früheren verschriebenen Dosen sind nicht vollständig erfasst: die kumulative Dosis kann hier nicht geprüft werden</translation>
    </message>
    <message>
        <source>no lesion level</source>
        <translation>keine Höhenangabe der Läsion</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>no deterioration since the previous exam</source>
        <translation>keine Verschlechterung seit der Voruntersuchung</translation>
    </message>
    <message>
        <source>fewer than two comparable exams</source>
        <translation>weniger als zwei vergleichbare Untersuchungen</translation>
    </message>
    <message>
        <source>operability by anaesthesia</source>
        <translation>Operabilität laut Anästhesie</translation>
    </message>
    <message>
        <source>ASA %1 recorded; anaesthesia&apos;s judgement needed</source>
        <translation>ASA %1 erfasst; Einschätzung der Anästhesie erforderlich</translation>
    </message>
    <message>
        <source>primary tumour unknown</source>
        <translation>Primärtumor unbekannt</translation>
    </message>
    <message>
        <source>pain course: %1</source>
        <translation>Schmerzverlauf: %1</translation>
    </message>
    <message>
        <source>SINS pain item: %1</source>
        <translation>SINS-Item Schmerz: %1</translation>
    </message>
    <message>
        <source>the patient&apos;s pain: %1</source>
        <translation>Schmerzen der Patientin bzw. des Patienten: %1</translation>
    </message>
    <message>
        <source>pain at this lesion not recorded (SINS pain item)</source>
        <translation>Schmerzen an dieser Läsion nicht erfasst (SINS-Item Schmerz)</translation>
    </message>
    <message>
        <source>new uptake: the start of systemic therapy or the date of imaging is not recorded, so a flare cannot be judged</source>
        <translation>neue Anreicherung: Beginn der Systemtherapie oder Datum der Bildgebung nicht erfasst, ein Flare-Phänomen ist daher nicht beurteilbar</translation>
    </message>
    <message>
        <source>new uptake %1 months after treatment start</source>
        <translation>neue Anreicherung %1 Monate nach Therapiebeginn</translation>
    </message>
    <message>
        <source>new uptake %1 months after treatment start: is the patient stable or improving?</source>
        <translation>neue Anreicherung %1 Monate nach Therapiebeginn: ist der Zustand stabil oder gebessert?</translation>
    </message>
    <message>
        <source>new uptake %1 months after treatment start, patient worsening: may be progression (F6)</source>
        <translation>neue Anreicherung %1 Monate nach Therapiebeginn bei Verschlechterung: möglicherweise Progress (F6)</translation>
    </message>
    <message>
        <source>new uptake %1 months after treatment start, patient %2</source>
        <translation>neue Anreicherung %1 Monate nach Therapiebeginn, Zustand %2</translation>
    </message>
    <message>
        <source>SINS of this lesion</source>
        <translation>SINS dieser Läsion</translation>
    </message>
    <message>
        <source>SINS incomplete (missing: %1)</source>
        <translation>SINS unvollständig (es fehlt: %1)</translation>
    </message>
    <message>
        <source>from the SINS items recorded</source>
        <translation>aus den erfassten SINS-Items</translation>
    </message>
    <message>
        <source>largest diameter</source>
        <translation>größter Durchmesser</translation>
    </message>
    <message>
        <source>bone lesion: %1</source>
        <translation>Knochenläsion: %1</translation>
    </message>
    <message>
        <source>no previous spine radiotherapy recorded</source>
        <translation>keine Vorbestrahlung der Wirbelsäule erfasst</translation>
    </message>
    <message>
        <source>lesion level not recorded: cannot tell whether it lies in a previous radiotherapy field</source>
        <translation>Höhe der Läsion nicht erfasst: nicht beurteilbar, ob sie in einem früheren Bestrahlungsfeld liegt</translation>
    </message>
    <message>
        <source>outside the recorded radiotherapy fields</source>
        <translation>außerhalb der erfassten Bestrahlungsfelder</translation>
    </message>
    <message>
        <source>%1 previous course(s) at %2</source>
        <translation>%1 frühere Bestrahlung(en) in Höhe %2</translation>
    </message>
    <message>
        <source>%1; the levels of course %2 are not recorded, so it is assumed to include this lesion</source>
        <translation>%1; die Höhen von Bestrahlung %2 sind nicht erfasst, sie wird daher als diese Läsion einschließend angenommen</translation>
    </message>
    <message>
        <source>FDG-PET among the lesion findings</source>
        <translation>FDG-PET unter den Läsionsbefunden</translation>
    </message>
    <message>
        <source>new uptake %1 months after treatment start (%2)</source>
        <translation>neue Anreicherung %1 Monate nach Therapiebeginn (%2)</translation>
    </message>
    <message>
        <source>new uptake at %1: date of imaging not recorded, so a flare cannot be judged</source>
        <translation>neue Anreicherung bei %1: Datum der Bildgebung nicht erfasst, ein Flare-Phänomen ist daher nicht beurteilbar</translation>
    </message>
    <message>
        <source>new uptake at %1: start of systemic therapy not recorded, so a flare cannot be judged</source>
        <translation>neue Anreicherung bei %1: Beginn der Systemtherapie nicht erfasst, ein Flare-Phänomen ist daher nicht beurteilbar</translation>
    </message>
    <message>
        <source>mild or functionally relevant not yet known (ambulation, bladder/bowel function, key-muscle grades): planned as functionally relevant</source>
        <extracomment>Whose advice: the patient&apos;s as a whole, or one lesion&apos;s (pathway.md §11 S4). The outputs decided for each lesion on its own (S4); the others belong to the patient. A qualifier (S3): it does not choose the slot&apos;s value but adds what that value assumes. For advice: about one lesion (named with it) or about the patient.</extracomment>
        <translation>Ob mild oder funktionell bedeutsam, ist noch unbekannt (Gehfähigkeit, Blasen-/Mastdarmfunktion, Kraftgrade der Kennmuskeln): als funktionell bedeutsam geplant</translation>
    </message>
    <message>
        <source>onset of the complete deficit not recorded: planned as within 48 hours</source>
        <translation>Beginn des kompletten Defizits nicht erfasst: als innerhalb von 48 h geplant</translation>
    </message>
    <message>
        <source>plegic pattern with the sacral examination missing: treated as incomplete</source>
        <translation>Plegiemuster ohne sakrale Untersuchung: als inkomplett behandelt</translation>
    </message>
    <message>
        <source>operability not recorded: anaesthesia assesses at the spine centre</source>
        <translation>Operabilität nicht erfasst: die Anästhesie beurteilt sie im Wirbelsäulenzentrum</translation>
    </message>
    <message>
        <source>the patient&apos;s consent not recorded</source>
        <translation>Einwilligung der Patientin bzw. des Patienten nicht erfasst</translation>
    </message>
    <message>
        <source>Back pain with known or suspected cancer, or with neurological deficits, is red-flag back pain</source>
        <translation>Rückenschmerzen bei bekannter oder vermuteter Krebserkrankung oder mit neurologischen Ausfällen sind Red-Flag-Rückenschmerzen</translation>
    </message>
    <message>
        <source>Treat as red-flag back pain: full history (E8) and examination of the whole spine (E9).</source>
        <translation>Als Red-Flag-Rückenschmerz behandeln: vollständige Anamnese (E8) und Untersuchung der gesamten Wirbelsäule (E9).</translation>
    </message>
    <message>
        <source>Suspected spinal metastasis with suspected instability or neurological complaints: immediate work-up</source>
        <translation>Verdacht auf Wirbelsäulenmetastase mit Verdacht auf Instabilität oder neurologischen Beschwerden: unmittelbare diagnostische Abklärung</translation>
    </message>
    <message>
        <source>Confirmed instability or neurological complaints: immediate presentation at a spine centre</source>
        <translation>Gesicherte Instabilität oder neurologische Beschwerden: unmittelbare Vorstellung in einem Wirbelsäulenzentrum</translation>
    </message>
    <message>
        <source>Present immediately at a specialised spine centre.</source>
        <translation>Unmittelbare Vorstellung in einem spezialisierten Wirbelsäulenzentrum.</translation>
    </message>
    <message>
        <source>Safety net: present immediately on acute worsening or a new neurological deficit</source>
        <translation>Aufklärung: bei akuter Verschlechterung oder neuem neurologischem Defizit unmittelbare Vorstellung</translation>
    </message>
    <message>
        <source>Instruct the patient to present immediately at a spine centre if pain worsens acutely or a new or worse neurological deficit appears.</source>
        <translation>Die Patientin bzw. den Patienten aufklären, sich bei akuter Schmerzzunahme oder neuen oder zunehmenden neurologischen Defiziten unmittelbar in einem Wirbelsäulenzentrum vorzustellen.</translation>
    </message>
    <message>
        <source>E4 is written for radicular or purely sensory symptoms; extending it to every patient not admitted for surgery within 24 h is an inference (pathway.md §7 item 13).</source>
        <translation>E4 bezieht sich auf radikuläre oder rein sensible Symptome; die Ausweitung auf alle nicht innerhalb von 24 h zur Operation aufgenommenen Patientinnen und Patienten ist abgeleitet (pathway.md §7 Punkt 13).</translation>
    </message>
    <message>
        <source>No neurological deficit: imaging judges instability; SINS guides the urgency of referral</source>
        <translation>Keine neurologischen Ausfälle: die Bildgebung beurteilt die Instabilität; der SINS bestimmt die Dringlichkeit der Vorstellung</translation>
    </message>
    <message>
        <source>Routine presentation at a spine centre; the radiological scores guide its urgency.</source>
        <translation>Reguläre Vorstellung in einem Wirbelsäulenzentrum; die radiologischen Scores bestimmen die Dringlichkeit.</translation>
    </message>
    <message>
        <source>Pain: analgesia by the WHO ladder</source>
        <translation>Schmerzen: Schmerztherapie nach WHO-Stufenschema</translation>
    </message>
    <message>
        <source>Analgesia by the WHO ladder; neuropathic pain: consider amitriptyline, gabapentin or pregabalin (E30); breakthrough pain: rapid-release opioid (E31).</source>
        <translation>Schmerztherapie nach WHO-Stufenschema; neuropathische Schmerzen: Amitriptylin, Gabapentin oder Pregabalin erwägen (E30); Durchbruchschmerzen: schnell freisetzendes Opioid (E31).</translation>
    </message>
    <message>
        <source>Suspected or present mechanical instability: immobilise; transport as for a traumatic instability</source>
        <translation>Vermutete oder vorhandene mechanische Instabilität: Immobilisation; Transport wie bei traumatisch bedingter Instabilität</translation>
    </message>
    <message>
        <source>Immobilise the affected segment; transport as for a traumatic instability (cervical: rigid collar; otherwise spine board or vacuum mattress).</source>
        <translation>Betroffenes Segment immobilisieren; Transport wie bei traumatisch bedingter Instabilität (zervikal: steife Zervikalorthese; sonst Spine Board oder Vakuummatratze).</translation>
    </message>
    <message>
        <source>E6 names instability with neurological complaints; immobilising for instability alone follows the body text of 5.2 (pathway.md §7 item 11).</source>
        <translation>E6 nennt Instabilität mit neurologischen Beschwerden; die Immobilisation bei Instabilität allein folgt dem Fließtext von 5.2 (pathway.md §7 Punkt 11).</translation>
    </message>
    <message>
        <source>Referral documents and the ISNCSCI neurological status</source>
        <translation>Überweisungsunterlagen und neurologischer Status nach ISNCSCI</translation>
    </message>
    <message>
        <source>Send current physician letters, the medication plan and prior imaging as image files; document the neurological status on the ISNCSCI worksheet with time stamps.</source>
        <translation>Aktuelle Arztbriefe, den Medikamentenplan und die bisherige Bildgebung als Bilddatei mitgeben; den neurologischen Status auf dem ISNCSCI-Worksheet mit Uhrzeit dokumentieren.</translation>
    </message>
    <message>
        <source>Interdisciplinary case discussion (tumour board) for every patient</source>
        <translation>Interdisziplinäre Fallbesprechung (Tumorkonferenz) für alle Patientinnen und Patienten</translation>
    </message>
    <message>
        <source>Discuss in the interdisciplinary tumour board, before surgery where possible; after an emergency operation, discuss afterwards (§9).</source>
        <translation>In der interdisziplinären Tumorkonferenz besprechen, möglichst vor der Operation; nach einer Notfalloperation im Anschluss (§9).</translation>
    </message>
    <message>
        <source>Metastasis or primary bone tumour unclear: biopsy</source>
        <translation>Metastase oder primärer Knochentumor unklar: Biopsie</translation>
    </message>
    <message>
        <source>Biopsy: histological confirmation (E1, E15).</source>
        <translation>Bioptische Diagnosesicherung (E1, E15).</translation>
    </message>
    <message>
        <source>Histology technique</source>
        <translation>Technik der histologischen Sicherung</translation>
    </message>
    <message>
        <source>CT-guided or open biopsy with enough material; core needle ≥ 16 G, several cores, not fine-needle aspiration; no frozen section of bone-hard tissue; 4 % buffered formalin ≥ 12 h, then gentle (EDTA) decalcification; cryo-archive part if possible.</source>
        <translation>CT-gestützte oder offene Biopsie mit ausreichend Material; Stanzbiopsie ≥ 16 G, mehrere Zylinder, keine Feinnadelbiopsie; kein Schnellschnitt von knochenhartem Gewebe; 4 % gepuffertes Formalin ≥ 12 h, dann schonende (EDTA-)Entkalkung; wenn möglich Teil kryoasservieren.</translation>
    </message>
    <message>
        <source>Neurological complaints and suspected spinal metastasis: immediate work-up</source>
        <translation>Neurologische Beschwerden und Verdacht auf Wirbelsäulenmetastase: unmittelbare diagnostische Abklärung</translation>
    </message>
    <message>
        <source>Immediate imaging: MRI and/or CT.</source>
        <translation>Unmittelbare diagnostische Abklärung: MRT und/oder CT.</translation>
    </message>
    <message>
        <source>A documented motor or autonomic finding counts even before the deficit class is known (pathway.md §11 S1).</source>
        <translation>Ein dokumentierter motorischer oder vegetativer Befund zählt schon, bevor die Defizitklasse bekannt ist (pathway.md §11 S1).</translation>
    </message>
    <message>
        <source>Neurological complaints and spinal metastasis: immediate presentation at a spine centre</source>
        <translation>Neurologische Beschwerden und Wirbelsäulenmetastase: unmittelbare Vorstellung in einem Wirbelsäulenzentrum</translation>
    </message>
    <message>
        <source>Radicular pain or a purely sensory deficit: imaging promptly, with a safety net</source>
        <translation>Radikuläre Schmerzen oder rein sensible Ausfälle: zeitnahe Bildgebung mit Aufklärung</translation>
    </message>
    <message>
        <source>Imaging promptly, not necessarily immediately.</source>
        <translation>Bildgebung zeitnah, aber nicht zwingend unmittelbar.</translation>
    </message>
    <message>
        <source>The functional relevance of the deficit is assessed first and sets the urgency</source>
        <translation>Die funktionelle Bedeutung der Ausfälle wird zuerst beurteilt und bestimmt die Dringlichkeit</translation>
    </message>
    <message>
        <source>Assess the functional relevance of the deficit first (Janda/MRC grades, ambulation, bladder and bowel).</source>
        <translation>Zuerst die funktionelle Bedeutung der Ausfälle beurteilen (Kraftgrade nach Janda/MRC, Gehfähigkeit, Blasen- und Mastdarmfunktion).</translation>
    </message>
    <message>
        <source>Acute deficit: high-resolution CT or MRI first; staging after acute treatment</source>
        <translation>Akute Ausfälle: zuerst hochauflösende CT oder MRT; Staging nach der Akutbehandlung</translation>
    </message>
    <message>
        <source>First a high-resolution MRI or CT chosen by the symptoms, with at least one modality covering the whole spine; complete staging usually after the acute treatment.</source>
        <translation>Zuerst eine symptomorientierte hochauflösende MRT oder CT, mindestens eine Modalität über die gesamte Wirbelsäule; vollständiges Staging meist nach der Akutbehandlung.</translation>
    </message>
    <message>
        <source>Suspected cord compression or soft-tissue involvement: MRI</source>
        <translation>Verdacht auf Myelonkompression oder Weichteilbeteiligung: MRT</translation>
    </message>
    <message>
        <source>MRI of the spine.</source>
        <translation>MRT der Wirbelsäule.</translation>
    </message>
    <message>
        <source>MRI absolutely contraindicated: CT myelography</source>
        <translation>Absolute Kontraindikation für MRT: CT-Myelographie</translation>
    </message>
    <message>
        <source>If MRI is absolutely contraindicated (e.g. pacemaker): CT myelography.</source>
        <translation>Bei absoluter Kontraindikation für MRT (z. B. Herzschrittmacher): CT-Myelographie.</translation>
    </message>
    <message>
        <source>Suspected extra-osseous tumour: MRI T1 before and after contrast</source>
        <translation>Verdacht auf extraossären Tumoranteil: MRT T1 nativ und nach Kontrastmittel</translation>
    </message>
    <message>
        <source>Extra-osseous component suspected: MRI T1 before and after i.v. contrast; otherwise T2-Dixon suffices.</source>
        <translation>Extraossäre Tumorkomponente vermutet: MRT T1 vor und nach i. v. Kontrastmittel; sonst genügt T2-Dixon.</translation>
    </message>
    <message>
        <source>Functionally relevant deficit: emergency operation within 6 hours</source>
        <translation>Funktionell bedeutsame Ausfälle: Notfalloperation innerhalb von 6 h</translation>
    </message>
    <message>
        <source>Emergency operation within 6 hours if operable: decompression ± stabilisation.</source>
        <translation>Bei Operabilität Notfalloperation innerhalb von 6 h: Dekompression ± Stabilisierung.</translation>
    </message>
    <message>
        <source>&apos;Functionally relevant&apos; taken as any one of: not ambulatory, Janda 0–3, bladder/bowel dysfunction (pathway.md §7 item 3, inference); a complete deficit of ≤ 48 h is treated alike (scenarios rule 2).</source>
        <translation>„Funktionell bedeutsam“ gilt bei einem der Kriterien: nicht gehfähig, Janda 0–3, Blasen-Mastdarm-Störung (pathway.md §7 Punkt 3, abgeleitet); ein komplettes Defizit seit ≤ 48 h wird ebenso behandelt (Szenarien, Regel 2).</translation>
    </message>
    <message>
        <source>Mild deficit with functional impairment: early operation within 24 hours</source>
        <translation>Milde Defizite mit funktioneller Einschränkung: zeitnahe Operation innerhalb von 24 h</translation>
    </message>
    <message>
        <source>Early operation within 24 hours if operable.</source>
        <translation>Bei Operabilität zeitnahe Operation innerhalb von 24 h.</translation>
    </message>
    <message>
        <source>Acute deficit and/or unstable lesion: surgical indication exists</source>
        <translation>Akute Ausfälle und/oder instabile Läsion: Operationsindikation gegeben</translation>
    </message>
    <message>
        <source>Surgical indication from deficit and instability, depending on the overall concept.</source>
        <translation>Operationsindikation aus Ausfällen und Instabilität, abhängig vom Gesamtkonzept.</translation>
    </message>
    <message>
        <source>Unstable fracture, fragments in the canal or bladder/bowel dysfunction: operate before RT</source>
        <translation>Instabile Fraktur, Fragmente im Spinalkanal oder Blasen-Mastdarm-Störung: Operation vor Strahlentherapie</translation>
    </message>
    <message>
        <source>Operation before radiotherapy, depending on the general condition.</source>
        <translation>Operation vor der Strahlentherapie, abhängig vom Allgemeinzustand.</translation>
    </message>
    <message>
        <source>Given only when an operation is planned (pathway.md §11 S10).</source>
        <translation>Nur, wenn eine Operation geplant ist (pathway.md §11 S10).</translation>
    </message>
    <message>
        <source>Bilsky ≥ 2 with low radiosensitivity: separation surgery followed by SBRT</source>
        <translation>Bilsky ≥ 2 bei geringer Strahlensensibilität: Separation Surgery mit nachfolgender SBRT</translation>
    </message>
    <message>
        <source>Separation surgery followed by stereotactic body radiotherapy (SBRT).</source>
        <translation>Separation Surgery mit nachfolgender Stereotactic Body Radiotherapy (SBRT).</translation>
    </message>
    <message>
        <source>Timing weighs spinal factors against external variables (ASA, KPS, life expectancy, wish)</source>
        <translation>Der Zeitpunkt wägt spinale Faktoren gegen externe Variablen ab (ASA, KPS, Lebenserwartung, Wunsch)</translation>
    </message>
    <message>
        <source>Surgery not possible: not operable or the patient declines.</source>
        <translation>Operation nicht möglich: nicht operabel oder keine Einwilligung.</translation>
    </message>
    <message>
        <source>Only a recorded &apos;not operable&apos; or &apos;declines&apos; makes surgery impossible; when they are not recorded the surgical tier stands, qualified (pathway.md §11 S3).</source>
        <translation>Nur ein erfasstes „nicht operabel“ oder „lehnt ab“ macht eine Operation unmöglich; sind sie nicht erfasst, bleibt die Operationsstufe mit Vorbehalt bestehen (pathway.md §11 S3).</translation>
    </message>
    <message>
        <source>Acute onset, deficit &gt; 48–72 h or plegia: worse outcome even after surgery</source>
        <translation>Akuter Beginn, Defizit &gt; 48–72 h oder Plegie: schlechtere Prognose auch nach Operation</translation>
    </message>
    <message>
        <source>Complete deficit for more than 48 h: consider surgery; the outcome is worse even after successful surgery — decide with the patient.</source>
        <translation>Komplettes Defizit seit mehr als 48 h: Operation erwägen; die Prognose ist auch nach erfolgreicher Operation schlechter – gemeinsam mit der Patientin bzw. dem Patienten entscheiden.</translation>
    </message>
    <message>
        <source>Using the 10.5.7 prognosis factors as a decision input is an inference (pathway.md §7 item 4).</source>
        <translation>Die Prognosefaktoren aus 10.5.7 als Entscheidungsgrundlage zu nutzen ist abgeleitet (pathway.md §7 Punkt 4).</translation>
    </message>
    <message>
        <source>MESCC without an indication for upstream surgery: radiotherapy alone</source>
        <translation>MESCC ohne Indikation für eine vorgeschaltete Operation: alleinige Strahlentherapie</translation>
    </message>
    <message>
        <source>Radiotherapy alone is effective for MESCC without an indication for surgery.</source>
        <translation>Die alleinige Strahlentherapie ist bei MESCC ohne Operationsindikation wirksam.</translation>
    </message>
    <message>
        <source>MESCC, very poor prognosis: 1 × 8 Gy</source>
        <translation>MESCC, sehr schlechte Überlebensprognose: 1 × 8 Gy</translation>
    </message>
    <message>
        <source>Radiotherapy 1 × 8 Gy.</source>
        <translation>Einzeit-Bestrahlung mit 1 × 8 Gy.</translation>
    </message>
    <message>
        <source>MESCC, poor prognosis, no surgery: hypofractionated short course</source>
        <translation>MESCC, schlechte Überlebensprognose, keine Operation: hypofraktioniertes Kurzzeit-Regime</translation>
    </message>
    <message>
        <source>Hypofractionated short-course radiotherapy (e.g. 5 × 4 Gy).</source>
        <translation>Hypofraktioniertes Kurzzeit-Regime (z. B. 5 × 4 Gy).</translation>
    </message>
    <message>
        <source>MESCC, good prognosis, radiotherapy alone: fractionated regimen</source>
        <translation>MESCC, gute Überlebensprognose, alleinige Strahlentherapie: fraktioniertes Regime</translation>
    </message>
    <message>
        <source>Fractionated radiotherapy (e.g. 10 × 3 Gy or longer).</source>
        <translation>Fraktionierte Strahlentherapie (z. B. 10 × 3 Gy oder länger).</translation>
    </message>
    <message>
        <source>Selected MESCC, not rapidly progressive, esp. low radiosensitivity: primary SBRT may be considered</source>
        <translation>Ausgewählte MESCC, nicht rasch progredient, v. a. geringe Strahlensensibilität: primäre SBRT kann erwogen werden</translation>
    </message>
    <message>
        <source>Primary SBRT may be considered (planning takes days; not for rapidly progressive deficits).</source>
        <translation>Primäre SBRT kann erwogen werden (Planung dauert Tage; nicht bei rasch progredienten Ausfällen).</translation>
    </message>
    <message>
        <source>After surgery for instability, fragments or bladder/bowel risk: post-operative fractionated RT</source>
        <translation>Nach Operation wegen Instabilität, Fragmenten oder drohender Blasen-Mastdarm-Störung: postoperative fraktionierte Strahlentherapie</translation>
    </message>
    <message>
        <source>Post-operative radiotherapy, fractionated.</source>
        <translation>Postoperative Strahlentherapie, fraktioniert.</translation>
    </message>
    <message>
        <source>After surgery, selected patients, esp. low radiosensitivity: post-operative SBRT</source>
        <translation>Nach Operation, ausgewählte Patientinnen und Patienten, v. a. geringe Strahlensensibilität: postoperative SBRT</translation>
    </message>
    <message>
        <source>Post-operative SBRT may be used, especially for low radiosensitivity.</source>
        <translation>Postoperative SBRT kann eingesetzt werden, besonders bei geringer Strahlensensibilität.</translation>
    </message>
    <message>
        <source>After spinal surgery: RT and systemic therapy timed against wound healing</source>
        <translation>Nach Wirbelsäulenoperation: Strahlen- und Systemtherapie auf die Wundheilung abstimmen</translation>
    </message>
    <message>
        <source>Decide together whether radiotherapy or systemic therapy waits for wound healing (RT &lt; 21 days after open stabilisation raises wound complications).</source>
        <translation>Interdisziplinär abstimmen, ob Strahlen- oder Systemtherapie bis zum Abschluss der Wundheilung warten (Strahlentherapie &lt; 21 Tage nach offener Stabilisierung erhöht Wundkomplikationen).</translation>
    </message>
    <message>
        <source>Hypervascular metastasis and open surgery: embolise first, operate within 48 h</source>
        <translation>Hypervaskularisierte Metastase und offene Operation: zuerst Embolisation, Operation innerhalb von 48 h</translation>
    </message>
    <message>
        <source>Pre-operative embolisation; operate within 48 hours of it (some authors: not on the same day).</source>
        <translation>Präoperative Embolisation; Operation innerhalb von 48 h danach (manche Autoren: nicht am selben Tag).</translation>
    </message>
    <message>
        <source>Whether to embolise before an emergency operation within 6 h is not stated; decide case by case (pathway.md §7 item 12).</source>
        <translation>Ob vor einer Notfalloperation innerhalb von 6 h embolisiert wird, ist nicht festgelegt; im Einzelfall entscheiden (pathway.md §7 Punkt 12).</translation>
    </message>
    <message>
        <source>Emergency: the full tumour board may be impossible; discuss after the operation</source>
        <translation>Notfall: eine vollständige Tumorkonferenz ist evtl. nicht möglich; Besprechung nach der Operation</translation>
    </message>
    <message>
        <source>Emergency: discuss in the tumour board after the operation.</source>
        <translation>Notfall: nach der Operation in der Tumorkonferenz besprechen.</translation>
    </message>
    <message>
        <source>Surgery not possible or refused with painful instability or compression: consider an orthosis</source>
        <translation>Operation nicht möglich oder abgelehnt bei schmerzhafter Instabilität oder Kompression: Orthese erwägen</translation>
    </message>
    <message>
        <source>Consider an orthosis for pain, with instruction of patient and carers; watch for pressure sores.</source>
        <translation>Orthese zur Schmerzlinderung erwägen, mit Anleitung von Patientin/Patient und Pflegenden; auf Druckstellen achten.</translation>
    </message>
    <message>
        <source>Surgically treated patients: pharmacological VTE prophylaxis</source>
        <translation>Operierte Patientinnen und Patienten: medikamentöse Thromboseprophylaxe</translation>
    </message>
    <message>
        <source>Pharmacological VTE prophylaxis for the whole inpatient stay.</source>
        <translation>Medikamentöse Thromboseprophylaxe während des gesamten stationären Aufenthalts.</translation>
    </message>
    <message>
        <source>Functionally relevant incomplete cord syndrome: specialised neurological rehabilitation</source>
        <translation>Funktionsrelevante inkomplette Querschnittssymptomatik: spezialisierte neurologische Rehabilitation</translation>
    </message>
    <message>
        <source>Rehabilitation: transfer to specialised neurological rehabilitation.</source>
        <translation>Rehabilitation: Verlegung in eine spezialisierte neurologische Rehabilitation.</translation>
    </message>
    <message>
        <source>Complete cord syndrome: specialised spinal-cord-injury centre</source>
        <translation>Komplette Querschnittssymptomatik: spezialisiertes Querschnittszentrum</translation>
    </message>
    <message>
        <source>Rehabilitation: transfer to a specialised spinal-cord-injury centre.</source>
        <translation>Rehabilitation: Verlegung in ein spezialisiertes Querschnittszentrum.</translation>
    </message>
    <message>
        <source>Relevant neurological symptoms after surgery: early neurological rehabilitation</source>
        <translation>Relevante neurologische Symptome nach Operation: neurologische Frührehabilitation</translation>
    </message>
    <message>
        <source>Early post-operative neurological rehabilitation improves the outcome.</source>
        <translation>Eine frühe postoperative neurologische Rehabilitation verbessert das Ergebnis.</translation>
    </message>
    <message>
        <source>New pain or deficit during rehabilitation: immediate diagnostics, suspend rehab</source>
        <translation>Neue Schmerzen oder Ausfälle in der Rehabilitation: unmittelbare Diagnostik, Rehabilitation unterbrechen</translation>
    </message>
    <message>
        <source>During rehabilitation, new pain or a new deficit means immediate targeted diagnostics and suspending rehabilitation.</source>
        <translation>Neue Schmerzen oder neue Ausfälle während der Rehabilitation erfordern unmittelbare gezielte Diagnostik und die Unterbrechung der Rehabilitation.</translation>
    </message>
    <message>
        <source>Suspected instability: immediate work-up</source>
        <translation>Verdacht auf Instabilität: unmittelbare diagnostische Abklärung</translation>
    </message>
    <message>
        <source>Confirmed instability: immediate presentation at a spine centre</source>
        <translation>Gesicherte Instabilität: unmittelbare Vorstellung in einem Wirbelsäulenzentrum</translation>
    </message>
    <message>
        <source>No neurological deficit: imaging to assess instability</source>
        <translation>Keine neurologischen Ausfälle: Bildgebung zur Beurteilung der Instabilität</translation>
    </message>
    <message>
        <source>Current MRI and/or CT; work-up can be outpatient.</source>
        <translation>Aktuelle MRT und/oder CT; Abklärung ambulant möglich.</translation>
    </message>
    <message>
        <source>Suspected symptomatic, new or progressive spinal metastasis: current MRI and/or CT</source>
        <translation>Verdacht auf symptomatische, neue oder progrediente Wirbelsäulenmetastase: aktuelle MRT und/oder CT</translation>
    </message>
    <message>
        <source>Current MRI and/or CT of the spine.</source>
        <translation>Aktuelle MRT und/oder CT der Wirbelsäule.</translation>
    </message>
    <message>
        <source>No acute neurological symptoms: local imaging and whole-spine staging can be combined</source>
        <translation>Keine akuten neurologischen Symptome: lokale Bildgebung und Staging der gesamten Wirbelsäule kombinierbar</translation>
    </message>
    <message>
        <source>Local imaging and staging of the whole spine can be combined.</source>
        <translation>Lokale Bildgebung und Staging der gesamten Wirbelsäule können kombiniert werden.</translation>
    </message>
    <message>
        <source>Biomechanical stability: standing radiograph in addition</source>
        <translation>Biomechanische Stabilität: ergänzend Röntgen im Stehen</translation>
    </message>
    <message>
        <source>A standing radiograph may add to the stability assessment.</source>
        <translation>Ein Röntgenbild im Stehen kann die Stabilitätsbeurteilung ergänzen.</translation>
    </message>
    <message>
        <source>Stability by SINS: &lt; 7 stable, &gt; 12 unstable</source>
        <translation>Stabilität nach SINS: &lt; 7 stabil, &gt; 12 instabil</translation>
    </message>
    <message>
        <source>Stability assessed with SINS (&lt; 7 stable, 7–12 potentially unstable, &gt; 12 unstable).</source>
        <translation>Stabilität mit dem SINS beurteilt (&lt; 7 stabil, 7–12 potenziell instabil, &gt; 12 instabil).</translation>
    </message>
    <message>
        <source>Stable lesion without relevant neural compression: primarily radiotherapy</source>
        <translation>Stabile Läsion ohne relevante neurale Kompression: primär Strahlentherapie</translation>
    </message>
    <message>
        <source>No surgical indication: stable lesion without relevant compression.</source>
        <translation>Keine Operationsindikation: stabile Läsion ohne relevante Kompression.</translation>
    </message>
    <message>
        <source>Low-SINS painful lesions: radiotherapy rather than stabilisation</source>
        <translation>Schmerzhafte Läsionen mit niedrigem SINS: eher Strahlentherapie als Stabilisierung</translation>
    </message>
    <message>
        <source>Painful stable lesion: radiotherapy rather than surgical stabilisation.</source>
        <translation>Schmerzhafte stabile Läsion: eher Strahlentherapie als operative Stabilisierung.</translation>
    </message>
    <message>
        <source>Painful bone metastasis without an indication for upstream surgery: RT alone</source>
        <translation>Schmerzhafte Knochenmetastase ohne Indikation für eine vorgeschaltete Operation: alleinige Strahlentherapie</translation>
    </message>
    <message>
        <source>Radiotherapy alone, wherever possible.</source>
        <translation>Alleinige Strahlentherapie, wo immer möglich.</translation>
    </message>
    <message>
        <source>Painful uncomplicated metastasis, limited life expectancy: 1 × 8 Gy</source>
        <translation>Schmerzhafte unkomplizierte Metastase, begrenzte Lebenserwartung: 1 × 8 Gy</translation>
    </message>
    <message>
        <source>Radiotherapy 1 × 8 Gy where possible (a hypofractionated regimen may be used).</source>
        <translation>Möglichst Einzeit-Bestrahlung mit 1 × 8 Gy (ein hypofraktioniertes Regime kann eingesetzt werden).</translation>
    </message>
    <message>
        <source>Painful uncomplicated metastasis, comparatively good prognosis: fractionated RT</source>
        <translation>Schmerzhafte unkomplizierte Metastase, vergleichsweise gute Prognose: fraktionierte Strahlentherapie</translation>
    </message>
    <message>
        <source>Fractionated radiotherapy (fewer re-irradiations, better recalcification).</source>
        <translation>Fraktionierte Strahlentherapie (weniger Re-Bestrahlungen, bessere Rekalzifizierung).</translation>
    </message>
    <message>
        <source>E 39–E 41 are about painful uncomplicated metastases; a painless lesion gets none (pathway.md §11 S6).</source>
        <translation>E 39–E 41 betreffen schmerzhafte unkomplizierte Metastasen; eine schmerzfreie Läsion erhält keine (pathway.md §11 S6).</translation>
    </message>
    <message>
        <source>Painful uncomplicated metastasis, low radiosensitivity and good prognosis: check SBRT</source>
        <translation>Schmerzhafte unkomplizierte Metastase, geringe Strahlensensibilität und gute Prognose: SBRT prüfen</translation>
    </message>
    <message>
        <source>Stereotactic body radiotherapy (SBRT).</source>
        <translation>Stereotactic Body Radiotherapy (SBRT).</translation>
    </message>
    <message>
        <source>Osteolytic metastasis needing stabilisation: radiotherapy recalcifies</source>
        <translation>Stabilisierungsbedürftige osteolytische Metastase: Strahlentherapie rekalzifiziert</translation>
    </message>
    <message>
        <source>Radiotherapy (mostly 10 × 3 Gy) can recalcify and stabilise an osteolytic lesion.</source>
        <translation>Strahlentherapie (meist 10 × 3 Gy) kann eine osteolytische Läsion rekalzifizieren und stabilisieren.</translation>
    </message>
    <message>
        <source>Unstable fracture, fragments or threatening bladder/bowel dysfunction: operate before RT</source>
        <translation>Instabile Fraktur, Fragmente oder drohende Blasen-Mastdarm-Störung: Operation vor Strahlentherapie</translation>
    </message>
    <message>
        <source>Surgical stabilisation before radiotherapy, depending on the general condition; elective timing (no deficit, 10.5.7).</source>
        <translation>Operative Stabilisierung vor der Strahlentherapie, abhängig vom Allgemeinzustand; elektiver Zeitpunkt (keine Ausfälle, 10.5.7).</translation>
    </message>
    <message>
        <source>Post-operative radiotherapy, fractionated (SBRT possible for low radiosensitivity, E52).</source>
        <translation>Postoperative Strahlentherapie, fraktioniert (SBRT bei geringer Strahlensensibilität möglich, E52).</translation>
    </message>
    <message>
        <source>Radiotherapy alone, fractionated, with an orthosis for pain (E42): the unstable lesion is not operated on.</source>
        <translation>Alleinige Strahlentherapie, fraktioniert, mit Orthese gegen Schmerzen (E42): die instabile Läsion wird nicht operiert.</translation>
    </message>
    <message>
        <source>Radiotherapy alone for an unstable lesion that is not operated on follows E 35 and the decision tree of pathway.md §5.1.</source>
        <translation>Die alleinige Strahlentherapie einer nicht operierten instabilen Läsion folgt E 35 und dem Entscheidungsbaum in pathway.md §5.1.</translation>
    </message>
    <message>
        <source>No neurological deficit and surgery indicated: elective timing</source>
        <translation>Keine neurologischen Ausfälle und Operationsindikation: elektiver Zeitpunkt</translation>
    </message>
    <message>
        <source>Elective operation, timed in the further course.</source>
        <translation>Elektive Operation im weiteren Verlauf.</translation>
    </message>
    <message>
        <source>SINS 7–12 or MESCC–SINS combination without clear answer: tumour board</source>
        <translation>SINS 7–12 oder MESCC-SINS-Kombination ohne eindeutige Antwort: Tumorkonferenz</translation>
    </message>
    <message>
        <source>Present in the interdisciplinary tumour board (grey zone of SINS / ESCC).</source>
        <translation>Vorstellung in der interdisziplinären Tumorkonferenz (Grauzone von SINS / ESCC).</translation>
    </message>
    <message>
        <source>Consider stabilisation (percutaneous or open, elective, E55) or augmentation with RT (E57); SINS &gt; 7 may increase the urgency (10.5.7).</source>
        <translation>Stabilisierung erwägen (perkutan oder offen, elektiv, E55) oder Augmentation mit Strahlentherapie (E57); SINS &gt; 7 kann die Dringlichkeit erhöhen (10.5.7).</translation>
    </message>
    <message>
        <source>The handling of SINS 7–12 is inferred from §9, E36/E39, E57 and 10.5.7 (pathway.md §7 item 9).</source>
        <translation>Das Vorgehen bei SINS 7–12 ist aus §9, E36/E39, E57 und 10.5.7 abgeleitet (pathway.md §7 Punkt 9).</translation>
    </message>
    <message>
        <source>Painful, primarily stable destruction: cement augmentation possible</source>
        <translation>Schmerzhafte, primär stabile Destruktion: Zementaugmentation möglich</translation>
    </message>
    <message>
        <source>Vertebro-/kyphoplasty may give short-term pain relief (max. 5 levels per session).</source>
        <translation>Vertebro-/Kyphoplastie kann kurzfristig Schmerzen lindern (max. 5 Segmente pro Sitzung).</translation>
    </message>
    <message>
        <source>Before percutaneous augmentation: CT of the segment</source>
        <translation>Vor perkutaner Augmentation: CT des Segments</translation>
    </message>
    <message>
        <source>Before augmentation: CT of the segment (posterior wall, leakage risk); venography only for hypervascular lesions.</source>
        <translation>Vor Augmentation: CT des Segments (Hinterkante, Leckagerisiko); Phlebographie nur bei hypervaskularisierten Läsionen.</translation>
    </message>
    <message>
        <source>Fractured metastasis, selected: augmentation followed by RT</source>
        <translation>Frakturierte Metastase, ausgewählte Fälle: Augmentation mit nachfolgender Strahlentherapie</translation>
    </message>
    <message>
        <source>Augmentation followed by radiotherapy (augmentation has no antitumour effect).</source>
        <translation>Augmentation mit nachfolgender Strahlentherapie (die Augmentation wirkt nicht antitumorös).</translation>
    </message>
    <message>
        <source>RT no longer safely possible, lesion ≤ 3 cm: local ablation</source>
        <translation>Strahlentherapie nicht mehr sicher möglich, Läsion ≤ 3 cm: lokale Ablation</translation>
    </message>
    <message>
        <source>Radiotherapy no longer safely possible: local ablation may be considered for this lesion of at most 3 cm (E58); choose the method by image guidance and experience (E59).</source>
        <translation>Strahlentherapie nicht mehr sicher möglich: für diese Läsion bis 3 cm kann ein lokales Ablationsverfahren erwogen werden (E58); Verfahren nach Bildsteuerung und Erfahrung wählen (E59).</translation>
    </message>
    <message>
        <source>Whether radiotherapy is still safe is decided by the re-irradiation rule (pathway.md §11 S5).</source>
        <translation>Ob eine Strahlentherapie noch sicher möglich ist, entscheidet die Regel zur Re-Bestrahlung (pathway.md §11 S5).</translation>
    </message>
    <message>
        <source>Ablated osteolytic lesion: add cement augmentation; hypervascular: embolise first</source>
        <translation>Abladierte osteolytische Läsion: Zementaugmentation ergänzen; hypervaskularisiert: zuerst embolisieren</translation>
    </message>
    <message>
        <source>After ablation of an osteolytic lesion add cement augmentation; embolise a hypervascular lesion first.</source>
        <translation>Nach Ablation einer osteolytischen Läsion Zementaugmentation ergänzen; eine hypervaskularisierte Läsion zuerst embolisieren.</translation>
    </message>
    <message>
        <source>Given only when ablation is recommended (pathway.md §11 S10).</source>
        <translation>Nur, wenn eine Ablation empfohlen wird (pathway.md §11 S10).</translation>
    </message>
    <message>
        <source>Oligometastatic disease with a board indication: SBRT with curative intent</source>
        <translation>Oligometastasierung mit Indikation der Tumorkonferenz: SBRT mit kurativer Intention</translation>
    </message>
    <message>
        <source>SBRT (single or fractionated) within a curative-intent concept.</source>
        <translation>SBRT (einzeitig oder fraktioniert) im Rahmen eines kurativen Konzepts.</translation>
    </message>
    <message>
        <source>Epidural compression without deficit: MESCC radiotherapy recommendations apply</source>
        <translation>Epidurale Kompression ohne Ausfälle: die Strahlentherapie-Empfehlungen für MESCC gelten</translation>
    </message>
    <message>
        <source>The radiotherapy recommendations for MESCC apply irrespective of deficits.</source>
        <translation>Die Strahlentherapie-Empfehlungen für MESCC gelten unabhängig von Ausfällen.</translation>
    </message>
    <message>
        <source>Separation surgery (elective), followed by SBRT.</source>
        <translation>Separation Surgery (elektiv) mit nachfolgender SBRT.</translation>
    </message>
    <message>
        <source>SBRT after separation surgery.</source>
        <translation>SBRT nach Separation Surgery.</translation>
    </message>
    <message>
        <source>Bone-seeking radiopharmaceuticals: check surgery or RT first</source>
        <translation>Knochenaffine Radiopharmaka: zuerst Operation oder Strahlentherapie prüfen</translation>
    </message>
    <message>
        <source>Before radium-223 or samarium-153, check the indication for surgery or radiotherapy.</source>
        <translation>Vor Radium-223 oder Samarium-153 die Indikation für Operation oder Strahlentherapie prüfen.</translation>
    </message>
    <message>
        <source>Pre-operative radiotherapy: not outside trials</source>
        <translation>Präoperative Strahlentherapie: nicht außerhalb von Studien</translation>
    </message>
    <message>
        <source>No pre-operative radiotherapy outside trials.</source>
        <translation>Keine präoperative Strahlentherapie außerhalb von Studien.</translation>
    </message>
    <message>
        <source>Intra-operative radiotherapy: experienced centres, preferably trials</source>
        <translation>Intraoperative Strahlentherapie: erfahrene Zentren, bevorzugt in Studien</translation>
    </message>
    <message>
        <source>Intra-operative radiotherapy only in experienced centres, preferably in trials.</source>
        <translation>Intraoperative Strahlentherapie nur in erfahrenen Zentren, bevorzugt in Studien.</translation>
    </message>
    <message>
        <source>A documented motor or autonomic finding: immediate imaging and spine centre, even before the deficit class is known</source>
        <translation>Dokumentierter motorischer oder vegetativer Befund: unmittelbare Bildgebung und Vorstellung im Wirbelsäulenzentrum, auch bevor die Defizitklasse bekannt ist</translation>
    </message>
    <message>
        <source>A motor or autonomic finding is documented: immediate imaging and presentation at a spine centre; complete the examination (ambulation, bladder/bowel function, key muscles) to classify the deficit.</source>
        <translation>Ein motorischer oder vegetativer Befund ist dokumentiert: unmittelbare Bildgebung und Vorstellung in einem spezialisierten Wirbelsäulenzentrum; Untersuchung vervollständigen (Gehfähigkeit, Blasen-/Mastdarmfunktion, Kennmuskeln), um das Defizit einzuordnen.</translation>
    </message>
    <message>
        <source>E 2 and E 3 ask only for &apos;neurological complaints&apos;; which documented findings count is an inference (pathway.md §11 S1).</source>
        <translation>E 2 und E 3 verlangen nur „neurologische Beschwerden“; welche dokumentierten Befunde zählen, ist abgeleitet (pathway.md §11 S1).</translation>
    </message>
    <message>
        <source>Deficit class or onset not recorded: plan for the worse</source>
        <translation>Defizitklasse oder Beginn nicht erfasst: vom ungünstigeren Fall ausgehen</translation>
    </message>
    <message>
        <source>Emergency operation within 6 hours if operable: planned for the worse until the missing facts are recorded.</source>
        <translation>Notfallmäßige Operation innerhalb von 6 h bei Operabilität: vom ungünstigeren Fall ausgegangen, bis die fehlenden Angaben erfasst sind.</translation>
    </message>
    <message>
        <source>Operability or consent not recorded: the surgical tier stands, qualified</source>
        <translation>Operabilität oder Einwilligung nicht erfasst: die Operationsstufe bleibt mit Vorbehalt bestehen</translation>
    </message>
    <message>
        <source>If operable and consenting — anaesthesia assesses at the spine centre; operability and consent are asked there.</source>
        <translation>Bei Operabilität und Einwilligung – die Anästhesie beurteilt im Wirbelsäulenzentrum; Operabilität und Einwilligung werden dort geklärt.</translation>
    </message>
    <message>
        <source>10.5.7: the external factors often cannot be assessed in an emergency.</source>
        <translation>10.5.7: die externen Faktoren sind im Notfall oft nicht beurteilbar.</translation>
    </message>
    <message>
        <source>Lesion in a previous radiotherapy field: re-irradiation only after the cumulative dose is checked, or none</source>
        <translation>Läsion in einem früheren Bestrahlungsfeld: Re-Bestrahlung nur nach Prüfung der kumulativen Dosis, oder keine</translation>
    </message>
    <message>
        <source>No further radiotherapy at this level: the spinal-cord tolerance is recorded as exhausted.</source>
        <translation>Keine weitere Strahlentherapie auf dieser Höhe: die Toleranzdosis des Myelons ist als ausgereizt dokumentiert.</translation>
    </message>
    <message>
        <source>No further radiotherapy at this level: the cumulative dose leaves less than the smallest useful course (1 × 4 Gy = 12 Gy₂) to the conventional limit.</source>
        <translation>Keine weitere Strahlentherapie auf dieser Höhe: die kumulative Dosis lässt bis zur konventionellen Grenze weniger als die kleinste sinnvolle Serie (1 × 4 Gy = 12 Gy₂).</translation>
    </message>
    <message>
        <source>No further radiotherapy at this level: it had more than one course, and the published figures cover single re-irradiations — unless the radiation oncologist records that the cord dose allows another.</source>
        <translation>Keine weitere Strahlentherapie auf dieser Höhe: sie wurde bereits mehr als einmal bestrahlt, und die publizierten Grenzwerte gelten für eine einzelne Re-Bestrahlung – es sei denn, die Strahlentherapie dokumentiert, dass die Myelondosis eine weitere zulässt.</translation>
    </message>
    <message>
        <source>Cord compression and no safe radiotherapy (or none known to be safe): consider surgery (E83, E85, E86 apply only without an indication for surgery).</source>
        <translation>Myelonkompression ohne sichere (oder ohne als sicher bekannte) Strahlentherapie: Operation erwägen (E83, E85, E86 gelten nur ohne Operationsindikation).</translation>
    </message>
    <message>
        <source>No radiotherapy for the suspected flare: new uptake under effective therapy may be a flare, not progression (F4); radiotherapy only for another indication.</source>
        <translation>Keine Strahlentherapie wegen des Flare-Verdachts: neue Anreicherung unter wirksamer Therapie kann ein Flare-Phänomen sein, kein Progress (F4); Strahlentherapie nur bei anderer Indikation.</translation>
    </message>
    <message>
        <source>Re-irradiation (E83–E86), only after the radiation oncologist has checked the cumulative spinal-cord dose; SBRT may be used (E84, E85).</source>
        <translation>Re-Bestrahlung (E83–E86), erst nachdem die Strahlentherapie die kumulative Myelondosis geprüft hat; SBRT kann eingesetzt werden (E84, E85).</translation>
    </message>
    <message>
        <source>The figures use the prescribed doses of the recorded courses (BED with α/β = 2 Gy), not the cord dose; they are an upper bound after SBRT (pathway.md §11 S5).</source>
        <translation>Die Werte beruhen auf den verschriebenen Dosen der erfassten Bestrahlungen (BED mit α/β = 2 Gy), nicht auf der Myelondosis; nach SBRT sind sie eine Obergrenze (pathway.md §11 S5).</translation>
    </message>
    <message>
        <source>Painless uncomplicated lesion: no radiotherapy</source>
        <translation>Schmerzfreie unkomplizierte Läsion: keine Strahlentherapie</translation>
    </message>
    <message>
        <source>No radiotherapy: the lesion is painless and uncomplicated (E36–E41 concern painful metastases).</source>
        <translation>Keine Strahlentherapie: die Läsion ist schmerzfrei und unkompliziert (E36–E41 betreffen schmerzhafte Metastasen).</translation>
    </message>
    <message>
        <source>Option to discuss in the tumour board: radiotherapy can recalcify an osteolytic lesion at risk to stabilise it (E36, kann).</source>
        <translation>Option für die Tumorkonferenz: Strahlentherapie kann eine gefährdete osteolytische Läsion rekalzifizieren und stabilisieren (E36, kann).</translation>
    </message>
    <message>
        <source>Diagnosis unclear: biopsy before radiotherapy</source>
        <translation>Diagnose unklar: Biopsie vor Strahlentherapie</translation>
    </message>
    <message>
        <source>Radiotherapy only after histology (biopsy first).</source>
        <translation>Strahlentherapie erst nach Histologie (zuerst bioptische Diagnosesicherung).</translation>
    </message>
    <message>
        <source>Diagnosis not established: take tissue for histology during the operation; an elective operation waits for the histology (a suspected primary bone tumour is biopsied by the centre that would resect it).</source>
        <translation>Diagnose nicht gesichert: bei der Operation Gewebe zur Histologie entnehmen; eine elektive Operation wartet auf die Histologie (ein vermuteter primärer Knochentumor wird von dem Zentrum biopsiert, das ihn resezieren würde).</translation>
    </message>
    <message>
        <source>Suspected flare: no treatment change on that finding alone</source>
        <translation>Vermutetes Flare-Phänomen: keine Therapieänderung allein wegen dieses Befunds</translation>
    </message>
    <message>
        <source>Osteoprotection</source>
        <translation>Osteoprotektion</translation>
    </message>
    <message>
        <source>Osteoprotection (bisphosphonate or denosumab) per the S3 supportive-care guideline; watch for osteonecrosis of the jaw and hypocalcaemia.</source>
        <translation>Osteoprotektive Therapie (Bisphosphonat oder Denosumab) nach der S3-Leitlinie Supportive Therapie; auf Kieferosteonekrose und Hypokalzämie achten.</translation>
    </message>
    <message>
        <source>Systemic therapy reviewed in the tumour board</source>
        <translation>Systemtherapie in der Tumorkonferenz prüfen</translation>
    </message>
    <message>
        <source>Review starting or changing systemic therapy in the tumour board.</source>
        <translation>Einleitung oder Modifizierung der Systemtherapie in der interdisziplinären Tumorkonferenz prüfen.</translation>
    </message>
    <message>
        <source>Psycho-oncological screening</source>
        <translation>Psychoonkologisches Screening</translation>
    </message>
    <message>
        <source>Psycho-oncological screening; support and self-help contacts as needed.</source>
        <translation>Psychoonkologisches Screening; Unterstützung und Kontakte zu Selbsthilfegruppen nach Bedarf.</translation>
    </message>
    <message>
        <source>Rehabilitation after stabilising surgery or radiotherapy</source>
        <translation>Rehabilitation nach stabilisierender Operation oder Strahlentherapie</translation>
    </message>
    <message>
        <source>Offer oncological rehabilitation after stabilising surgery or radiotherapy to every patient able to take part.</source>
        <translation>Allen rehabilitationsfähigen Patientinnen und Patienten nach stabilisierender Operation oder Strahlentherapie eine onkologische Rehabilitation anbieten.</translation>
    </message>
    <message>
        <source>VTE prophylaxis for outpatients with additional risk factors</source>
        <translation>Thromboseprophylaxe für ambulante Patientinnen und Patienten mit zusätzlichen Risikofaktoren</translation>
    </message>
    <message>
        <source>Outpatients with additional risk factors may receive VTE prophylaxis.</source>
        <translation>Ambulante Patientinnen und Patienten mit zusätzlichen Risikofaktoren können eine Thromboseprophylaxe erhalten.</translation>
    </message>
    <message>
        <source>Steroids for MESCC are not covered by this guideline</source>
        <translation>Steroide bei MESCC sind nicht Gegenstand dieser Leitlinie</translation>
    </message>
    <message>
        <source>The guideline gives no recommendation on high-dose corticosteroids for MESCC; follow local or other guidelines.</source>
        <translation>Die Leitlinie gibt keine Empfehlung zu hochdosierten Glukokortikoiden bei MESCC; lokalen oder anderen Leitlinien folgen.</translation>
    </message>
    <message>
        <source>pathway.md §7 item 14.</source>
        <translation>pathway.md §7 Punkt 14.</translation>
    </message>
    <message>
        <source>Surgical technique: open or percutaneous</source>
        <translation>Operationstechnik: offen oder perkutan</translation>
    </message>
    <message>
        <source>Surgical technique (for the spine centre): open and percutaneous procedures may both be used; the choice depends on time pressure, the oncological situation, the resources and the aim of the operation.</source>
        <translation>Operationstechnik (für das Wirbelsäulenzentrum): Offene und perkutane Verfahren können gleichermaßen angewendet werden; die Wahl richtet sich nach dem Zeitdruck, der onkologischen Situation, den Ressourcen und dem Ziel der Operation.</translation>
    </message>
    <message>
        <source>Surgical technique: occiput to C2</source>
        <translation>Operationstechnik: Okziput bis C2</translation>
    </message>
    <message>
        <source>Surgical technique (for the spine centre), occiput to C2: instability should be stabilised from posterior with pedicle screws and rods, with an occipital plate if needed.</source>
        <translation>Operationstechnik (für das Wirbelsäulenzentrum), Okziput bis C2: Eine Instabilität sollte von dorsal mit Pedikelschrauben und Stäben stabilisiert werden, bei Bedarf mit Okzipitalplatte.</translation>
    </message>
    <message>
        <source>Surgical technique: subaxial cervical spine</source>
        <translation>Operationstechnik: subaxiale Halswirbelsäule</translation>
    </message>
    <message>
        <source>Surgical technique (for the spine centre), subaxial cervical spine (C3–C7): stabilisation should use posterior screws and rods and/or an anterior vertebral body replacement; over several segments add posterior fixation; at the cervicothoracic junction mostly posterior.</source>
        <translation>Operationstechnik (für das Wirbelsäulenzentrum), subaxiale Halswirbelsäule (C3–C7): Die Stabilisierung sollte mit dorsalem Schrauben-Stab-System und/oder ventralem Wirbelkörperersatz erfolgen; über mehrere Segmente zusätzlich dorsale Fixierung; am zervikothorakalen Übergang meist von dorsal.</translation>
    </message>
    <message>
        <source>Surgical technique: upper thoracic spine T2–T5</source>
        <translation>Operationstechnik: obere Brustwirbelsäule T2–T5</translation>
    </message>
    <message>
        <source>Surgical technique (for the spine centre), T2–T5: a posterior approach should be used; antero-lateral when an anterior decompression or stabilisation is needed.</source>
        <translation>Operationstechnik (für das Wirbelsäulenzentrum), T2–T5: Es sollte ein dorsaler Zugang gewählt werden; anterolateral, wenn eine ventrale Dekompression oder Stabilisierung nötig ist.</translation>
    </message>
    <message>
        <source>Surgical technique: T6 to L5</source>
        <translation>Operationstechnik: T6 bis L5</translation>
    </message>
    <message>
        <source>Surgical technique (for the spine centre), T6–L5: an anterior, posterior or combined approach may be used.</source>
        <translation>Operationstechnik (für das Wirbelsäulenzentrum), T6–L5: Ein ventraler, dorsaler oder kombinierter Zugang kann gewählt werden.</translation>
    </message>
    <message>
        <source>Surgical technique: pedicle screws in osteoporotic bone</source>
        <translation>Operationstechnik: Pedikelschrauben bei osteoporotischem Knochen</translation>
    </message>
    <message>
        <source>Surgical technique (for the spine centre): in osteoporotic bone, pedicle screws in the thoracic and lumbar spine should be cement-augmented.</source>
        <translation>Operationstechnik (für das Wirbelsäulenzentrum): Bei osteoporotischer Knochenqualität sollten Pedikelschrauben in Brust- und Lendenwirbelsäule zementaugmentiert werden.</translation>
    </message>
    <message>
        <source>Surgical technique (for the spine centre): osteoporotic bone not recorded — if the bone is osteoporotic, pedicle screws in the thoracic and lumbar spine should be cement-augmented.</source>
        <translation>Operationstechnik (für das Wirbelsäulenzentrum): Osteoporotische Knochenqualität nicht erhoben – bei osteoporotischem Knochen sollten Pedikelschrauben in Brust- und Lendenwirbelsäule zementaugmentiert werden.</translation>
    </message>
    <message>
        <source>Surgical technique: carbon-fibre (CF/PEEK) implants</source>
        <translation>Operationstechnik: Implantate aus Carbonfaser (CF/PEEK)</translation>
    </message>
    <message>
        <source>Surgical technique (for the spine centre): carbon-fibre-reinforced PEEK implants may be used; they cause fewer artefacts in radiotherapy planning and follow-up imaging.</source>
        <translation>Operationstechnik (für das Wirbelsäulenzentrum): Implantate aus carbonfaserverstärktem PEEK (CF/PEEK) können verwendet werden; sie verursachen weniger Artefakte bei der Bestrahlungsplanung und in der Verlaufsbildgebung.</translation>
    </message>
    <message>
        <source>Lung cancer: no bone scan once an FDG-PET has been done</source>
        <translation>Lungenkarzinom: keine Skelettszintigraphie nach erfolgter FDG-PET</translation>
    </message>
    <message>
        <source>FDG-PET/CT done: no additional bone scintigraphy for staging.</source>
        <translation>FDG-PET/CT erfolgt: keine zusätzliche Skelettszintigraphie zum Staging.</translation>
    </message>
    <message>
        <source>FDG-PET field of view must include the femurs</source>
        <translation>Das Untersuchungsfeld der FDG-PET muss die Femora einschließen</translation>
    </message>
    <message>
        <source>Check that the FDG-PET field of view includes at least the femurs.</source>
        <translation>Prüfen, ob das Untersuchungsfeld der FDG-PET mindestens die Femora einschließt.</translation>
    </message>
    <message>
        <source>Isolated lesion on PET or bone scan: targeted imaging and a specialist opinion</source>
        <translation>Isolierte Läsion in PET oder Szintigraphie: gezielte Bildgebung und fachärztliche Beurteilung</translation>
    </message>
    <message>
        <source>Isolated lesion: targeted imaging followed by a specialist opinion (differential diagnoses are frequent).</source>
        <translation>Isolierte Läsion: gezielte Bildgebung, danach fachärztliche Beurteilung (Differentialdiagnosen sind häufig).</translation>
    </message>
    <message>
        <source>Only for a single lesion found on a bone scan or PET whose nature is not established; not for a lesion seen on CT or MRI alone, an irradiated recurrence or a board-confirmed oligometastasis (pathway.md §11 S9).</source>
        <translation>Nur bei einer einzelnen, in Skelettszintigrafie oder PET gefundenen Läsion, deren Art nicht gesichert ist; nicht bei einer nur in CT oder MRT gesehenen Läsion, einem bestrahlten Rezidiv oder einer von der Tumorkonferenz bestätigten Oligometastase (pathway.md §11 S9).</translation>
    </message>
    <message>
        <source>Flare: new or increased uptake under effective treatment is not progression</source>
        <translation>Flare-Phänomen: neue oder verstärkte Anreicherung unter wirksamer Therapie ist kein Progress</translation>
    </message>
    <message>
        <source>New or increased uptake within 6 months of starting treatment may be a flare (15–30 % of patients), not progression: do not change treatment on this alone.</source>
        <translation>Neue oder verstärkte Anreicherung innerhalb von 6 Monaten nach Therapiebeginn kann ein Flare-Phänomen sein (15–30 % der Patientinnen und Patienten), kein Progress: die Therapie nicht allein deshalb ändern.</translation>
    </message>
    <message>
        <source>Control bone scan after the 6th month of treatment</source>
        <translation>Kontrollszintigraphie nach dem 6. Therapiemonat</translation>
    </message>
    <message>
        <source>Schedule a control bone scan after the 6th month; beyond 6 months new foci do indicate progression.</source>
        <translation>Kontrollszintigraphie nach dem 6. Monat planen; nach 6 Monaten sprechen neue Herde für einen Progress.</translation>
    </message>
    <message>
        <source>Early scan: separate flare from progression with clinical and biochemical context</source>
        <translation>Frühe Szintigraphie: Flare-Phänomen und Progress mit klinischem und biochemischem Kontext unterscheiden</translation>
    </message>
    <message>
        <source>To separate flare from progression: clinical course, radiographs (recalcification), tumour markers, bone ALP and CTX kinetics, sometimes MRI.</source>
        <translation>Zur Unterscheidung von Flare-Phänomen und Progress: klinischer Verlauf, Röntgen (Rekalzifizierung), Tumormarker, Kinetik von Knochen-AP und CTX, ggf. MRT.</translation>
    </message>
    <message>
        <source>FDG-PET has the same flare problem</source>
        <translation>Die FDG-PET zeigt dasselbe Flare-Problem</translation>
    </message>
    <message>
        <source>FDG-PET can show the same flare: interpret early metabolic imaging in the full clinical context.</source>
        <translation>Die FDG-PET kann dasselbe Flare-Phänomen zeigen: frühe metabolische Bildgebung im gesamten klinischen Kontext beurteilen.</translation>
    </message>
    <message>
        <source>Follow-up: no routine bone scans without new pain or a precise question</source>
        <translation>Nachsorge: keine routinemäßige Skelettszintigraphie ohne neue Schmerzen oder konkrete Fragestellung</translation>
    </message>
    <message>
        <source>Without new bone pain or a precise question, routine bone scans are not indicated.</source>
        <translation>Ohne neue Knochenschmerzen oder konkrete Fragestellung ist eine routinemäßige Skelettszintigraphie nicht indiziert.</translation>
    </message>
    <message>
        <source>No suspected instability (SINS &lt; 13, no unstable fracture).</source>
        <extracomment>For each output: the rules that may set it, in order of precedence, and the default taken when every one of them is definitely false (None: no default, the output stays undetermined).</extracomment>
        <translation>Kein Verdacht auf Instabilität (SINS &lt; 13, keine instabile Fraktur).</translation>
    </message>
    <message>
        <source>No surgical indication found (10.5.5).</source>
        <translation>Keine Operationsindikation gefunden (10.5.5).</translation>
    </message>
    <message>
        <source>Diagnosis established; no biopsy needed for the decision.</source>
        <translation>Diagnose gesichert; für die Entscheidung ist keine Biopsie nötig.</translation>
    </message>
    <message>
        <source>No hypervascular lesion planned for open surgery.</source>
        <translation>Keine hypervaskularisierte Läsion zur offenen Operation geplant.</translation>
    </message>
    <message>
        <source>Admitted for surgery within 24 hours.</source>
        <translation>Innerhalb von 24 h zur Operation aufgenommen.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>verified (secondary sources; check against the primary paper)</source>
        <translation>verifiziert (Sekundärquellen; mit der Originalpublikation abgleichen)</translation>
    </message>
    <message>
        <source>provisional — table not yet verified against the primary paper</source>
        <translation>vorläufig – Tabelle noch nicht anhand der Originalpublikation verifiziert</translation>
    </message>
    <message>
        <source>not available — table not verified</source>
        <translation>nicht verfügbar – Tabelle nicht verifiziert</translation>
    </message>
    <message>
        <source>%1: %2 is outside the published table.</source>
        <extracomment>:attr:`Input.derived_from` of a value read from the ASIA Impairment Scale grade. Human-readable derivation, e.g. &quot;from lesion level T12&quot;. The case field to jump to when the value is missing, e.g. &quot;history.karnofsky&quot;. The ``Case.overrides`` target that can replace this value (&quot;tomita.bone&quot;), if any. The classification the value is read from (:data:`FROM_AIS`), so that a result can say what that reading implies without parsing the human-readable :attr:`derivation`. The ``Case.overrides`` target the clinician can set for this item, if any. The total or grade as it is shown (e.g. &quot;14&quot;, &quot;1c&quot;, &quot;ASA III&quot;). How far the table is checked and where the sources differ: for whoever verifies it (the results export keeps it); not shown on the pages or the referral, which give :attr:`status`. What the result is about, e.g. a lesion (&quot;lesion T12&quot;) — empty for case-level scores. False when the patient lies outside the score&apos;s population (the notes say why). Which version of the table this is (e.g. the 2005 revision of the Tokuhashi score). Notes on the verification of the table (:attr:`ScoreResult.verification`). Applied to the raw sum (e.g. NESMS&apos; ceiling of 3). Which version of the table this is (scores-surgical.md: store the version with each result).</extracomment>
        <translation>%1: %2 liegt außerhalb der publizierten Tabelle.</translation>
    </message>
    <message>
        <source>Solitary skeletal metastasis</source>
        <translation>Solitäre Skelettmetastase</translation>
    </message>
    <message>
        <source>Pathological fracture (point if absent)</source>
        <translation>Pathologische Fraktur (Punkt, wenn nicht vorhanden)</translation>
    </message>
    <message>
        <source>Visceral metastases (point if absent)</source>
        <translation>Viszerale Metastasen (Punkt, wenn nicht vorhanden)</translation>
    </message>
    <message>
        <source>Lung cancer (point if absent)</source>
        <translation>Lungenkarzinom (Punkt, wenn nicht vorhanden)</translation>
    </message>
    <message>
        <source>Primary: breast, kidney, lymphoma or myeloma</source>
        <translation>Primärtumor: Mamma, Niere, Lymphom oder Myelom</translation>
    </message>
    <message>
        <source>Bauer score</source>
        <translation>Bauer-Score</translation>
    </message>
    <message>
        <source>All patients died within 6 months.</source>
        <translation>Alle Patientinnen und Patienten verstarben innerhalb von 6 Monaten.</translation>
    </message>
    <message>
        <source>1-year survival about 25 %.</source>
        <translation>1-Jahres-Überleben etwa 25 %.</translation>
    </message>
    <message>
        <source>1-year survival about 50 %.</source>
        <translation>1-Jahres-Überleben etwa 50 %.</translation>
    </message>
    <message>
        <source>1995 original (5 items)</source>
        <translation>Original von 1995 (5 Faktoren)</translation>
    </message>
    <message>
        <source>One secondary source words the visceral item as &apos;no visceral or brain metastases&apos;.</source>
        <translation>Eine Sekundärquelle formuliert das viszerale Item als „keine viszeralen oder Hirnmetastasen“.</translation>
    </message>
    <message>
        <source>Modified Bauer score</source>
        <translation>Modifizierter Bauer-Score</translation>
    </message>
    <message>
        <source>Supportive care, no surgery.</source>
        <translation>Supportive Therapie, keine Operation.</translation>
    </message>
    <message>
        <source>Short-term palliation: posterior (dorsal) surgery.</source>
        <translation>Kurzfristige Palliation: dorsale Operation.</translation>
    </message>
    <message>
        <source>Middle-term local control: combined anterior-posterior (ventral-dorsal) surgery.</source>
        <translation>Mittelfristige lokale Kontrolle: kombinierte ventro-dorsale Operation.</translation>
    </message>
    <message>
        <source>2008 modification (4 items, without the fracture item)</source>
        <translation>Modifikation von 2008 (4 Faktoren, ohne den Frakturfaktor)</translation>
    </message>
    <message>
        <source>Per-band survival figures of Leithner 2008 are unverified and not shown.</source>
        <translation>Die Überlebenszahlen je Gruppe nach Leithner 2008 sind nicht verifiziert und werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>ESCC (Bilsky grade)</source>
        <translation>ESCC (Bilsky-Grad)</translation>
    </message>
    <message>
        <source>Bone-only disease</source>
        <extracomment>The grades in order of severity (the case model&apos;s vocabulary).</extracomment>
        <translation>Rein ossärer Befall</translation>
    </message>
    <message>
        <source>Epidural impingement, no deformation of the thecal sac</source>
        <translation>Epidurale Tumorausdehnung ohne Deformierung des Duralsacks</translation>
    </message>
    <message>
        <source>Thecal sac deformed, spinal cord not abutted</source>
        <translation>Deformierung des Duralsacks ohne Kontakt zum Myelon</translation>
    </message>
    <message>
        <source>Thecal sac deformed and spinal cord abutted, but not compressed</source>
        <translation>Deformierung des Duralsacks mit Myelonkontakt, ohne Kompression</translation>
    </message>
    <message>
        <source>Spinal cord compressed, CSF still visible around the cord</source>
        <translation>Myelonkompression, Liquor um das Myelon noch sichtbar</translation>
    </message>
    <message>
        <source>Spinal cord compressed, no CSF visible around the cord</source>
        <translation>Myelonkompression, kein Liquor um das Myelon sichtbar</translation>
    </message>
    <message>
        <source>low-grade</source>
        <translation>niedriggradig</translation>
    </message>
    <message>
        <source>borderline (1c) — discuss</source>
        <translation>Grenzbereich (1c) – besprechen</translation>
    </message>
    <message>
        <source>high-grade</source>
        <translation>hochgradig</translation>
    </message>
    <message>
        <source>Low-grade compression (0–1b).</source>
        <translation>Niedriggradige Kompression (0–1b).</translation>
    </message>
    <message>
        <source>1c: sources disagree whether 1c is low- or high-grade; discuss in the tumour board.</source>
        <translation>1c: die Quellen sind uneins, ob 1c nieder- oder hochgradig ist; in der Tumorkonferenz besprechen.</translation>
    </message>
    <message>
        <source>High-grade epidural spinal cord compression (2–3).</source>
        <translation>Hochgradige epidurale Rückenmarkskompression (2–3).</translation>
    </message>
    <message>
        <source>ESCC grade</source>
        <extracomment>The grades that compress the cord (2 and 3).</extracomment>
        <translation>ESCC-Grad</translation>
    </message>
    <message>
        <source>Grade 1c is shown as borderline; the sources disagree on its binning.</source>
        <translation>Grad 1c wird als Grenzbereich gezeigt; die Quellen sind sich über die Zuordnung uneins.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>van der Linden survival score</source>
        <translation>Überlebens-Score nach van der Linden</translation>
    </message>
    <message>
        <source>Karnofsky performance status</source>
        <translation>Karnofsky-Index</translation>
    </message>
    <message>
        <source>Primary tumour</source>
        <translation>Primärtumor</translation>
    </message>
    <message>
        <source>Visceral metastases</source>
        <translation>Viszerale Metastasen</translation>
    </message>
    <message>
        <source>A (0–3)</source>
        <translation>A (0–3)</translation>
    </message>
    <message>
        <source>Median survival 3.0 months.</source>
        <translation>Medianes Überleben 3,0 Monate.</translation>
    </message>
    <message>
        <source>B (4–5)</source>
        <translation>B (4–5)</translation>
    </message>
    <message>
        <source>Median survival 9.0 months.</source>
        <translation>Medianes Überleben 9,0 Monate.</translation>
    </message>
    <message>
        <source>C (6)</source>
        <translation>C (6)</translation>
    </message>
    <message>
        <source>Median survival 18.7 months.</source>
        <translation>Medianes Überleben 18,7 Monate.</translation>
    </message>
    <message>
        <source>Derived in patients with painful spinal metastases without neurological deficit.</source>
        <translation>Entwickelt an Patientinnen und Patienten mit schmerzhaften Wirbelsäulenmetastasen ohne neurologische Ausfälle.</translation>
    </message>
    <message>
        <source>NESMS (New England Spinal Metastasis Score)</source>
        <translation>NESMS (New England Spinal Metastasis Score)</translation>
    </message>
    <message>
        <source>Modified Bauer score ≥ 3</source>
        <translation>Modifizierter Bauer-Score ≥ 3</translation>
    </message>
    <message>
        <source>Independently ambulatory</source>
        <translation>Selbstständig gehfähig</translation>
    </message>
    <message>
        <source>Serum albumin ≥ 35 g/L (3.5 g/dL)</source>
        <translation>Serumalbumin ≥ 35 g/l (3,5 g/dl)</translation>
    </message>
    <message>
        <source>Lowest 1-year survival (worse than score 1).</source>
        <translation>Niedrigstes 1-Jahres-Überleben (schlechter als Score 1).</translation>
    </message>
    <message>
        <source>Odds of 1-year mortality 31.3 × those of score 3 (Schoenfeld 2021).</source>
        <translation>Odds der 1-Jahres-Mortalität 31,3-fach gegenüber Score 3 (Schoenfeld 2021).</translation>
    </message>
    <message>
        <source>Odds of 1-year mortality 7.0 × those of score 3 (Schoenfeld 2021).</source>
        <translation>Odds der 1-Jahres-Mortalität 7,0-fach gegenüber Score 3 (Schoenfeld 2021).</translation>
    </message>
    <message>
        <source>Best 1-year survival (reference group).</source>
        <translation>Bestes 1-Jahres-Überleben (Referenzgruppe).</translation>
    </message>
    <message>
        <source>The definition of &apos;independent ambulation&apos; (with or without an aid) and the albumin cut-off wording are unverified against Ghori 2015.</source>
        <translation>Die Definition von „selbstständig gehfähig“ (mit oder ohne Hilfsmittel) und die Formulierung des Albumin-Grenzwerts sind nicht anhand von Ghori 2015 verifiziert.</translation>
    </message>
    <message>
        <source>Rades MSCC survival score (2008) and its 2010 simplification</source>
        <translation>Rades-Überlebens-Score bei MESCC (2008) und seine Vereinfachung von 2010</translation>
    </message>
    <message>
        <source>Two recalled versions of the point table differ in two cells (visceral metastases &apos;no&apos; 8 or 7; motor deficits &gt; 14 days 7 or 8); a total near a group boundary cannot be trusted.</source>
        <translation>Zwei überlieferte Fassungen der Punktetabelle unterscheiden sich in zwei Zellen (viszerale Metastasen „nein“ 8 oder 7; motorische Defizite &gt; 14 Tage 7 oder 8); einer Summe nahe einer Gruppengrenze ist nicht zu trauen.</translation>
    </message>
    <message>
        <source>Factors: tumour type, interval tumour diagnosis → MSCC, other bone metastases, visceral metastases, ambulatory status, time developing motor deficits (20–45 points). 6-month survival: 20–25 4 %, 26–30 11 %, 31–35 48 %, 36–40 87 %, 41–45 99 %. Simplified (2010): 20–30 14 %, 31–35 56 %, 36–45 80 %.</source>
        <translation>Faktoren: Tumorart, Intervall Tumordiagnose → MESCC, weitere Knochenmetastasen, viszerale Metastasen, Gehfähigkeit, Entwicklungszeit der motorischen Defizite (20–45 Punkte). 6-Monats-Überleben: 20–25 4 %, 26–30 11 %, 31–35 48 %, 36–40 87 %, 41–45 99 %. Vereinfacht (2010): 20–30 14 %, 31–35 56 %, 36–45 80 %.</translation>
    </message>
    <message>
        <source>Rades post-radiotherapy ambulatory-status score (2008, validated 2011)</source>
        <translation>Rades-Score für die Gehfähigkeit nach Strahlentherapie (2008, validiert 2011)</translation>
    </message>
    <message>
        <source>Point values per category not retrieved.</source>
        <translation>Punktwerte je Kategorie nicht vorliegend.</translation>
    </message>
    <message>
        <source>21–44 points. Ambulatory after RT: ≤28 6 %, 29–31 44 %, 32–34 70 %, 35–37 86 %, ≥38 99 %. Authors: ≤28 short-course RT or best supportive care; 29–37 consider surgery; ≥38 RT alone is sufficient.</source>
        <translation>21–44 Punkte. Gehfähig nach Strahlentherapie: ≤28 6 %, 29–31 44 %, 32–34 70 %, 35–37 86 %, ≥38 99 %. Autoren: ≤28 Kurzzeit-Strahlentherapie oder Best Supportive Care; 29–37 Operation erwägen; ≥38 alleinige Strahlentherapie ausreichend.</translation>
    </message>
    <message>
        <source>Rades MESCC survival score (2022)</source>
        <translation>Rades-Überlebens-Score bei MESCC (2022)</translation>
    </message>
    <message>
        <source>Tumour type, other distant lesions, ambulatory status (version A: 8–18 points). 6-month survival: 8–9 12.8 %, 10–13 34.7 %, 14–17 62.8 %, 18 90.0 %.</source>
        <translation>Tumorart, weitere Fernmetastasen, Gehfähigkeit (Version A: 8–18 Punkte). 6-Monats-Überleben: 8–9 12,8 %, 10–13 34,7 %, 14–17 62,8 %, 18 90,0 %.</translation>
    </message>
    <message>
        <source>Rades ambulatory-status instrument (2022)</source>
        <translation>Rades-Instrument zur Gehfähigkeit (2022)</translation>
    </message>
    <message>
        <source>Primary tumour type, sensory deficits, sphincter dysfunction, pre-RT ambulatory status (17–37 points). Ambulatory after RT: 17–21 10 %, 22–31 65 %, 32–37 97 %.</source>
        <translation>Art des Primärtumors, sensible Ausfälle, Sphinkterstörung, Gehfähigkeit vor Strahlentherapie (17–37 Punkte). Gehfähig nach Strahlentherapie: 17–21 10 %, 22–31 65 %, 32–37 97 %.</translation>
    </message>
    <message>
        <source>Rades survival score for irradiated bone metastases (2019)</source>
        <translation>Rades-Überlebens-Score für bestrahlte Knochenmetastasen (2019)</translation>
    </message>
    <message>
        <source>Point values, groups and rates unverified.</source>
        <translation>Punktwerte, Gruppen und Raten nicht verifiziert.</translation>
    </message>
    <message>
        <source>Karnofsky, primary tumour type, age. Reported groups 8–9 / 10–14 / 15–17 points with 12-month survival 9 / 38 / 72 % (unverified).</source>
        <translation>Karnofsky-Index, Art des Primärtumors, Alter. Berichtete Gruppen 8–9 / 10–14 / 15–17 Punkte mit 12-Monats-Überleben 9 / 38 / 72 % (nicht verifiziert).</translation>
    </message>
    <message>
        <source>Westhoff &apos;easy tool&apos; survival table (2014)</source>
        <translation>Überlebenstabelle „easy tool“ nach Westhoff (2014)</translation>
    </message>
    <message>
        <source>The survival-probability table was not retrieved.</source>
        <translation>Die Tabelle der Überlebenswahrscheinlichkeiten liegt nicht vor.</translation>
    </message>
    <message>
        <source>Karnofsky × primary tumour (breast / prostate / lung / other), survival probabilities at 3, 6, 9, 12 and 18 months.</source>
        <translation>Karnofsky-Index × Primärtumor (Mamma / Prostata / Lunge / andere), Überlebenswahrscheinlichkeiten nach 3, 6, 9, 12 und 18 Monaten.</translation>
    </message>
    <message>
        <source>Bollen risk-stratification model (2014)</source>
        <translation>Risikostratifizierungsmodell nach Bollen (2014)</translation>
    </message>
    <message>
        <source>Tumour-to-profile lists and several leaf assignments unverified.</source>
        <translation>Zuordnung der Tumoren zu Profilen und mehrere Endknoten nicht verifiziert.</translation>
    </message>
    <message>
        <source>Clinical profile of the primary, KPS 80–100 vs 10–70, visceral/brain metastases → categories A–D, median survival 31.2 / 15.4 / 4.8 / 1.6 months.</source>
        <translation>Klinisches Profil des Primärtumors, KPS 80–100 vs. 10–70, viszerale/zerebrale Metastasen → Kategorien A–D, medianes Überleben 31,2 / 15,4 / 4,8 / 1,6 Monate.</translation>
    </message>
    <message>
        <source>Tumour-specific MSCC survival scores (myeloma, prostate, CUP, NSCLC, breast)</source>
        <translation>Tumorspezifische Überlebens-Scores bei MESCC (Myelom, Prostata, CUP, NSCLC, Mamma)</translation>
    </message>
    <message>
        <source>Myeloma 19–24 points (12-month survival 49 / 74 / 93 %); prostate 20–39 (6-month 6.5 / 44.6 / 95.8 %); CUP 5–20 (5 / 41 / 92 %); NSCLC 6–19 (6 / 29 / 78 %); breast: unverified.</source>
        <translation>Myelom 19–24 Punkte (12-Monats-Überleben 49 / 74 / 93 %); Prostata 20–39 (6 Monate 6,5 / 44,6 / 95,8 %); CUP 5–20 (5 / 41 / 92 %); NSCLC 6–19 (6 / 29 / 78 %); Mamma: nicht verifiziert.</translation>
    </message>
    <message>
        <source>SORG nomogram and SORG machine-learning algorithms</source>
        <translation>SORG-Nomogramm und SORG-Algorithmen (maschinelles Lernen)</translation>
    </message>
    <message>
        <source>Not reproducible offline (boosted-tree ensemble hosted online; nomogram points unseen).</source>
        <translation>Offline nicht reproduzierbar (Boosted-Tree-Ensemble nur online; Nomogrammpunkte nicht einsehbar).</translation>
    </message>
    <message>
        <source>Predicts 30/90/365-day survival from clinical and laboratory inputs.</source>
        <translation>Sagt das 30-/90-/365-Tage-Überleben aus klinischen und Laborangaben vorher.</translation>
    </message>
    <message>
        <source>Taneichi criteria for impending vertebral collapse</source>
        <translation>Taneichi-Kriterien für einen drohenden Wirbelkörpereinbruch</translation>
    </message>
    <message>
        <source>Thresholds unverified.</source>
        <translation>Schwellenwerte nicht verifiziert.</translation>
    </message>
    <message>
        <source>Percentage of vertebral body involvement with or without costovertebral / pedicle destruction (thoracic vs thoracolumbar spine).</source>
        <translation>Prozentualer Wirbelkörperbefall mit oder ohne kostovertebrale / Pedikeldestruktion (thorakale vs. thorakolumbale Wirbelsäule).</translation>
    </message>
    <message>
        <source>Rades score: death within 2 months (MSCC)</source>
        <translation>Rades-Score: Tod innerhalb von 2 Monaten (MESCC)</translation>
    </message>
    <message>
        <source>ECOG performance status</source>
        <translation>ECOG-Performance-Status</translation>
    </message>
    <message>
        <source>Tumour type</source>
        <translation>Tumorart</translation>
    </message>
    <message>
        <source>Other bone metastases</source>
        <translation>Weitere Knochenmetastasen</translation>
    </message>
    <message>
        <source>Interval from cancer diagnosis to MSCC (months)</source>
        <translation>Intervall zwischen Erstdiagnose der Tumorerkrankung und MESCC (Monate)</translation>
    </message>
    <message>
        <source>Ambulatory before radiotherapy</source>
        <translation>Gehfähig vor der Strahlentherapie</translation>
    </message>
    <message>
        <source>Time developing motor deficits (days)</source>
        <translation>Entwicklungszeit der motorischen Defizite (Tage)</translation>
    </message>
    <message>
        <source>Below the cut-off for likely death within 2 months.</source>
        <translation>Unter dem Grenzwert für einen wahrscheinlichen Tod innerhalb von 2 Monaten.</translation>
    </message>
    <message>
        <source>Likely death within 2 months (cut-off 19: sensitivity 81 %, specificity 84 %); candidates for best supportive care may be discussed.</source>
        <translation>Wahrscheinlicher Tod innerhalb von 2 Monaten (Grenzwert 19: Sensitivität 81 %, Spezifität 84 %); Best Supportive Care kann besprochen werden.</translation>
    </message>
    <message>
        <source>The paper&apos;s lowest ECOG group may be &apos;1–2&apos; rather than &apos;2&apos;; ECOG 0–1 lies outside the derivation data.</source>
        <translation>Die niedrigste ECOG-Gruppe der Publikation lautet möglicherweise „1–2“ statt „2“; ECOG 0–1 liegt außerhalb der Entwicklungsdaten.</translation>
    </message>
    <message>
        <source>Normal; no complaints; no evidence of disease</source>
        <translation>Normal; keine Beschwerden; kein Hinweis auf Erkrankung</translation>
    </message>
    <message>
        <source>Able to carry on normal activity; minor signs or symptoms of disease</source>
        <translation>Normale Aktivität möglich; geringe Krankheitszeichen oder -symptome</translation>
    </message>
    <message>
        <source>Normal activity with effort; some signs or symptoms of disease</source>
        <translation>Normale Aktivität mit Anstrengung; einige Krankheitszeichen oder -symptome</translation>
    </message>
    <message>
        <source>Cares for self; unable to carry on normal activity or to do active work</source>
        <translation>Selbstversorgung möglich; normale Aktivität oder aktive Arbeit nicht möglich</translation>
    </message>
    <message>
        <source>Requires occasional assistance, but able to care for most personal needs</source>
        <translation>Braucht gelegentlich Hilfe, versorgt sich aber überwiegend selbst</translation>
    </message>
    <message>
        <source>Requires considerable assistance and frequent medical care</source>
        <translation>Braucht erhebliche Hilfe und häufige medizinische Versorgung</translation>
    </message>
    <message>
        <source>Disabled; requires special care and assistance</source>
        <translation>Behindert; braucht besondere Pflege und Hilfe</translation>
    </message>
    <message>
        <source>Severely disabled; hospital admission indicated, although death not imminent</source>
        <translation>Schwer behindert; Krankenhausaufnahme angezeigt, Tod aber nicht unmittelbar bevorstehend</translation>
    </message>
    <message>
        <source>Very sick; hospital admission necessary; active supportive treatment necessary</source>
        <translation>Schwer krank; Krankenhausaufnahme und aktive supportive Therapie notwendig</translation>
    </message>
    <message>
        <source>Moribund; fatal processes progressing rapidly</source>
        <translation>Moribund; rasch fortschreitender tödlicher Verlauf</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Tod</translation>
    </message>
    <message>
        <source>Fully active; able to carry on all pre-disease performance without restriction</source>
        <translation>Voll aktiv; alle Tätigkeiten wie vor der Erkrankung ohne Einschränkung möglich</translation>
    </message>
    <message>
        <source>Restricted in physically strenuous activity but ambulatory and able to do light work</source>
        <translation>Bei körperlicher Anstrengung eingeschränkt, aber gehfähig und zu leichter Arbeit fähig</translation>
    </message>
    <message>
        <source>Ambulatory and capable of all self-care but unable to work; up and about &gt; 50 % of waking hours</source>
        <translation>Gehfähig und zur Selbstversorgung fähig, aber arbeitsunfähig; &gt; 50 % der Wachzeit außerhalb des Bettes</translation>
    </message>
    <message>
        <source>Capable of only limited self-care; confined to bed or chair &gt; 50 % of waking hours</source>
        <translation>Nur eingeschränkte Selbstversorgung; &gt; 50 % der Wachzeit an Bett oder Stuhl gebunden</translation>
    </message>
    <message>
        <source>Completely disabled; no self-care; totally confined to bed or chair</source>
        <translation>Völlig pflegebedürftig; keine Selbstversorgung; vollständig an Bett oder Stuhl gebunden</translation>
    </message>
    <message>
        <source>A normal healthy patient</source>
        <translation>Gesunde Patientin / gesunder Patient</translation>
    </message>
    <message>
        <source>A patient with mild systemic disease</source>
        <translation>Leichte Allgemeinerkrankung</translation>
    </message>
    <message>
        <source>A patient with severe systemic disease</source>
        <translation>Schwere Allgemeinerkrankung</translation>
    </message>
    <message>
        <source>A patient with severe systemic disease that is a constant threat to life</source>
        <translation>Schwere Allgemeinerkrankung, die eine ständige Lebensbedrohung darstellt</translation>
    </message>
    <message>
        <source>A moribund patient who is not expected to survive without the operation</source>
        <translation>Moribund; ohne Operation ist ein Überleben nicht zu erwarten</translation>
    </message>
    <message>
        <source>A declared brain-dead patient whose organs are being removed for donor purposes</source>
        <translation>Hirntod festgestellt; Organentnahme zur Spende</translation>
    </message>
    <message>
        <source>Complete: no motor or sensory function below the lesion</source>
        <translation>Komplett: keine motorische oder sensible Funktion unterhalb der Läsion</translation>
    </message>
    <message>
        <source>Sensory only: some sensation preserved below the lesion, no motor function</source>
        <translation>Nur Sensibilität erhalten: teilweise Sensibilität unterhalb der Läsion, keine Motorik</translation>
    </message>
    <message>
        <source>Motor useless: some voluntary motor function, too weak for useful purpose</source>
        <translation>Motorik erhalten, funktionell nicht nutzbar: etwas Willkürmotorik, zu schwach für einen Nutzen</translation>
    </message>
    <message>
        <source>Motor useful: functionally useful voluntary motor function below the lesion</source>
        <translation>Motorik funktionell nutzbar: nutzbare Willkürmotorik unterhalb der Läsion</translation>
    </message>
    <message>
        <source>Normal motor and sensory function</source>
        <translation>Normale motorische und sensible Funktion</translation>
    </message>
    <message>
        <source>No contraction</source>
        <translation>Keine Kontraktion</translation>
    </message>
    <message>
        <source>Flicker or trace of contraction</source>
        <translation>Sicht- oder tastbare Kontraktion</translation>
    </message>
    <message>
        <source>Active movement, with gravity eliminated</source>
        <translation>Aktive Bewegung unter Ausschaltung der Schwerkraft</translation>
    </message>
    <message>
        <source>Active movement against gravity</source>
        <translation>Aktive Bewegung gegen die Schwerkraft</translation>
    </message>
    <message>
        <source>Active movement against gravity and resistance</source>
        <translation>Aktive Bewegung gegen Schwerkraft und Widerstand</translation>
    </message>
    <message>
        <source>Normal power</source>
        <translation>Normale Kraft</translation>
    </message>
    <message>
        <source>Vertebral body only</source>
        <extracomment>Tomita SCST types — PROVISIONAL (scores-surgical.md §3b and verification round 2).</extracomment>
        <translation>Nur Wirbelkörper</translation>
    </message>
    <message>
        <source>Pedicle extension</source>
        <translation>Ausdehnung in den Pedikel</translation>
    </message>
    <message>
        <source>Body–lamina extension</source>
        <translation>Ausdehnung vom Wirbelkörper bis zur Lamina</translation>
    </message>
    <message>
        <source>Spinal canal (epidural) extension</source>
        <translation>Ausdehnung in den Spinalkanal (epidural)</translation>
    </message>
    <message>
        <source>Paravertebral extension</source>
        <translation>Paravertebrale Ausdehnung</translation>
    </message>
    <message>
        <source>Adjacent vertebral involvement</source>
        <translation>Befall benachbarter Wirbel</translation>
    </message>
    <message>
        <source>Multiple / skip lesions</source>
        <translation>Multiple / diskontinuierliche Läsionen</translation>
    </message>
    <message>
        <source>intracompartmental</source>
        <translation>intrakompartimentell</translation>
    </message>
    <message>
        <source>extracompartmental</source>
        <translation>extrakompartimentell</translation>
    </message>
    <message>
        <source>multiple</source>
        <translation>multipel</translation>
    </message>
    <message>
        <source>Grade</source>
        <extracomment>Ma 2010 empirical mapping ECOG -&gt; KPS range, used only to warn about inconsistency.</extracomment>
        <translation>Grad</translation>
    </message>
    <message>
        <source>ECOG grade</source>
        <translation>ECOG-Grad</translation>
    </message>
    <message>
        <source>ASA physical status</source>
        <translation>ASA-Klassifikation</translation>
    </message>
    <message>
        <source>current ASA wording (last amended 2020)</source>
        <translation>aktuelle ASA-Fassung (zuletzt 2020 ergänzt)</translation>
    </message>
    <message>
        <source>Derived from the AIS grade; AIS C/D are defined by key-muscle grades, Frankel C/D by usefulness of motor function — enter the Frankel grade if they differ.</source>
        <translation>Aus dem AIS-Grad abgeleitet; AIS C/D richten sich nach den Kraftgraden der Kennmuskeln, Frankel C/D nach der Nutzbarkeit der Motorik – Frankel-Grad eingeben, wenn sie abweichen.</translation>
    </message>
    <message>
        <source>Frankel grade</source>
        <translation>Klassifikation nach Frankel</translation>
    </message>
    <message>
        <source>MRC / Janda muscle grade (weakest key muscle)</source>
        <translation>Kraftgrad nach Janda / MRC (schwächster Kennmuskel)</translation>
    </message>
    <message>
        <source>Weakest key muscle</source>
        <translation>Schwächster Kennmuskel</translation>
    </message>
    <message>
        <source>Tomita surgical classification (SCST)</source>
        <translation>Surgical Classification of Spinal Tumors (SCST) nach Tomita</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>Provisional — type wording not yet verified against Tomita 1997. A descriptive anatomical classification, not a score.</source>
        <translation>Vorläufig – Wortlaut der Typen noch nicht anhand von Tomita 1997 verifiziert. Eine beschreibende anatomische Klassifikation, kein Score.</translation>
    </message>
    <message>
        <source>SCST type</source>
        <translation>SCST-Typ</translation>
    </message>
    <message>
        <source>Karnofsky %1 % and ECOG %2 do not match (ECOG %2 corresponds to roughly KPS %3–%4 % by %5); check both entries.</source>
        <translation>Karnofsky %1 % und ECOG %2 passen nicht zusammen (ECOG %2 entspricht etwa KPS %3–%4 % nach %5); beide Angaben prüfen.</translation>
    </message>
    <message>
        <source>SINS (Spinal Instability Neoplastic Score)</source>
        <extracomment>Location by level (scores-surgical.md §1 &quot;Level coverage check&quot;); the coccyx is not covered. The lowest and highest possible total.</extracomment>
        <translation>SINS (Spinal Instability Neoplastic Score)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalisierung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Belastungsabhängige Schmerzen</translation>
    </message>
    <message>
        <source>Bone lesion</source>
        <translation>Knochenläsion</translation>
    </message>
    <message>
        <source>Radiographic spinal alignment</source>
        <translation>Radiologische Wirbelsäulenformation</translation>
    </message>
    <message>
        <source>Vertebral body collapse</source>
        <translation>Wirbelkörpereinbruch</translation>
    </message>
    <message>
        <source>Posterolateral involvement of spinal elements</source>
        <translation>Posterolaterale Involvierung der Wirbelelemente</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>Stable (0–6).</source>
        <translation>Stabil (0–6).</translation>
    </message>
    <message>
        <source>potentially unstable (indeterminate)</source>
        <translation>potenziell instabil (unbestimmt)</translation>
    </message>
    <message>
        <source>Indeterminate, possibly impending instability (7–12): surgical consultation.</source>
        <translation>Unbestimmt, möglicherweise drohende Instabilität (7–12): wirbelsäulenchirurgische Beurteilung.</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instabil</translation>
    </message>
    <message>
        <source>Unstable (13–18): surgical consultation.</source>
        <translation>Instabil (13–18): wirbelsäulenchirurgische Beurteilung.</translation>
    </message>
    <message>
        <source>junctional</source>
        <extracomment>The bands by id: the thresholds other modules use are read from the table above, not repeated. A total at or above this is unstable (13; E 25).</extracomment>
        <translation>junktional</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>semi-rigid</source>
        <translation>semirigide</translation>
    </message>
    <message>
        <source>rigid</source>
        <translation>rigide</translation>
    </message>
    <message>
        <source>lesion %1 spans %2 segments; no published rule — choose the location</source>
        <translation>Läsion %1 überspannt die Abschnitte %2; keine publizierte Regel – Lokalisierung bitte wählen</translation>
    </message>
    <message>
        <source>from lesion level %1</source>
        <translation>aus der Läsionshöhe %1</translation>
    </message>
    <message>
        <source>Revised Tokuhashi score</source>
        <translation>Tokuhashi-Score (revidiert)</translation>
    </message>
    <message>
        <source>General condition (Karnofsky)</source>
        <translation>Allgemeinzustand (Karnofsky)</translation>
    </message>
    <message>
        <source>Extraspinal bone metastasis foci</source>
        <translation>Extraspinale Knochenmetastasen (Herde)</translation>
    </message>
    <message>
        <source>Metastases in the vertebral body</source>
        <translation>Wirbelkörpermetastasen</translation>
    </message>
    <message>
        <source>Metastases to major internal organs</source>
        <translation>Metastasen in großen inneren Organen</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>Primärtumor</translation>
    </message>
    <message>
        <source>Palsy (Frankel)</source>
        <translation>Lähmung (Frankel)</translation>
    </message>
    <message>
        <source>&lt; 6 months</source>
        <translation>&lt; 6 Monate</translation>
    </message>
    <message>
        <source>Predicted survival &lt; 6 months: conservative treatment or palliative surgery.</source>
        <translation>Erwartetes Überleben &lt; 6 Monate: konservative Therapie oder palliative Operation.</translation>
    </message>
    <message>
        <source>≥ 6 months</source>
        <translation>≥ 6 Monate</translation>
    </message>
    <message>
        <source>Predicted survival ≥ 6 months: palliative surgery; excisional surgery if a single spinal lesion and no major-organ metastases.</source>
        <translation>Erwartetes Überleben ≥ 6 Monate: palliative Operation; exzisionale Operation bei einzelner spinaler Läsion ohne Organmetastasen.</translation>
    </message>
    <message>
        <source>≥ 1 year</source>
        <translation>≥ 1 Jahr</translation>
    </message>
    <message>
        <source>Predicted survival ≥ 1 year: excisional surgery.</source>
        <translation>Erwartetes Überleben ≥ 1 Jahr: exzisionale Operation.</translation>
    </message>
    <message>
        <source>Vertebral-body row as ≥3 / 2 / 1 → 0 / 1 / 2; two reproductions differ — check against the 2005 paper.</source>
        <translation>Zeile Wirbelkörper als ≥3 / 2 / 1 → 0 / 1 / 2; zwei Wiedergaben weichen ab – mit der Publikation von 2005 abgleichen.</translation>
    </message>
    <message>
        <source>2005 revision (not the 1990 score)</source>
        <translation>Revision von 2005 (nicht der Score von 1990)</translation>
    </message>
    <message>
        <source>Tomita prognostic score</source>
        <translation>Tomita-Score</translation>
    </message>
    <message>
        <source>Primary tumour growth</source>
        <translation>Wachstum des Primärtumors</translation>
    </message>
    <message>
        <source>Bone metastases (including spine)</source>
        <translation>Knochenmetastasen (einschließlich Wirbelsäule)</translation>
    </message>
    <message>
        <source>Long-term local control: wide or marginal excision.</source>
        <translation>Langfristige lokale Kontrolle: weite oder marginale Exzision.</translation>
    </message>
    <message>
        <source>Middle-term local control: marginal or intralesional excision.</source>
        <translation>Mittelfristige lokale Kontrolle: marginale oder intraläsionale Exzision.</translation>
    </message>
    <message>
        <source>Short-term palliation: palliative surgery.</source>
        <translation>Kurzfristige Palliation: palliative Operation.</translation>
    </message>
    <message>
        <source>Terminal care: non-operative supportive care.</source>
        <translation>Terminale Versorgung: nicht operative supportive Therapie.</translation>
    </message>
    <message>
        <source>Elbow flexors</source>
        <extracomment>ISNCSCI segments in rostral-to-caudal order (index 0 = C1 ... 28 = S4_5). Dermatomes examined for light touch and pin prick (C1 is not examined). The ten key muscles, with the worksheet names of their muscle groups.</extracomment>
        <translation>Ellenbogenbeuger</translation>
    </message>
    <message>
        <source>Wrist extensors</source>
        <translation>Handgelenkstrecker</translation>
    </message>
    <message>
        <source>Elbow extensors</source>
        <translation>Ellenbogenstrecker</translation>
    </message>
    <message>
        <source>Finger flexors</source>
        <translation>Fingerbeuger</translation>
    </message>
    <message>
        <source>Finger abductors</source>
        <translation>Fingerabduktoren</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <source>Knee extensors</source>
        <translation>Kniestrecker</translation>
    </message>
    <message>
        <source>Ankle dorsiflexors</source>
        <translation>Fußheber</translation>
    </message>
    <message>
        <source>Long toe extensors</source>
        <translation>Lange Zehenstrecker</translation>
    </message>
    <message>
        <source>Ankle plantar flexors</source>
        <translation>Fußsenker</translation>
    </message>
    <message>
        <source>course %1: total dose or fractions not recorded</source>
        <extracomment>11.8.4: cumulative BED at low risk of myelopathy. 11.8.4: the higher limit when every course is at most 98 Gy₂ and the interval at least 6 months. 11.8.2: SBRT re-irradiation with EQD2 20–25 Gy and a cumulative EQD2 of about 70 Gy at most. Months since the most recent course at this level (None when a date is missing). The conventional cumulative limit that applies (120 or 135.5 Gy₂) and why. BED left to that limit; EQD2 left to 70 Gy for SBRT (negative: exceeded). None if a dose is missing. The level with the least left (or the most courses) — the one the decision rests on. Courses at the governing level. Courses whose levels are not recorded are assumed to include the lesion (S5: plan for the worse).</extracomment>
        <translation>Bestrahlung %1: Gesamtdosis oder Fraktionen nicht erfasst</translation>
    </message>
    <message>
        <source>course %1: date not recorded</source>
        <translation>Bestrahlung %1: Datum nicht erfasst</translation>
    </message>
    <message>
        <source>every course ≤ %1 Gy₂ and %2 months since the last: %3 Gy₂ (11.8.4)</source>
        <translation>jede Bestrahlung ≤ %1 Gy₂ und %2 Monate seit der letzten: %3 Gy₂ (11.8.4)</translation>
    </message>
    <message>
        <source>a course above 98 Gy₂ or not fully recorded</source>
        <translation>eine Bestrahlung über 98 Gy₂ oder nicht vollständig erfasst</translation>
    </message>
    <message>
        <source>interval not known</source>
        <translation>Intervall nicht bekannt</translation>
    </message>
    <message>
        <source>%1 months since the last course (&lt; 6)</source>
        <translation>%1 Monate seit der letzten Bestrahlung (&lt; 6)</translation>
    </message>
    <message>
        <source>%1: %2 Gy₂ (11.8.4)</source>
        <translation>%1: %2 Gy₂ (11.8.4)</translation>
    </message>
    <message>
        <source>Figures from the prescribed doses of the recorded courses (BED with α/β = 2 Gy, EQD2 = BED / 2), not from the dose the spinal cord received — after SBRT they are an upper bound. Conventional limit (11.8.4): cumulative BED ≤ 120 Gy₂, or ≤ 135.5 Gy₂ when every course was ≤ 98 Gy₂ and 6 months have passed; SBRT re-irradiation (11.8.2): EQD2 20–25 Gy with a cumulative EQD2 of about 70 Gy at most. The radiation oncologist checks the cumulative cord dose before any re-irradiation.</source>
        <extracomment>Said wherever re-irradiation figures are shown (S5).</extracomment>
        <translation>Werte aus den verschriebenen Dosen der erfassten Bestrahlungen (BED mit α/β = 2 Gy, EQD2 = BED / 2), nicht aus der Dosis, die das Myelon erhielt – nach SBRT sind sie eine Obergrenze. Konventionelle Grenze (11.8.4): kumulative BED ≤ 120 Gy₂, oder ≤ 135,5 Gy₂, wenn jede Bestrahlung ≤ 98 Gy₂ war und 6 Monate vergangen sind; SBRT-Re-Bestrahlung (11.8.2): EQD2 20–25 Gy bei einer kumulativen EQD2 von höchstens etwa 70 Gy. Vor jeder Re-Bestrahlung prüft die Strahlentherapie die kumulative Myelondosis.</translation>
    </message>
    <message>
        <source>Previous radiotherapy at the lesion (re-irradiation)</source>
        <translation>Vorbestrahlung in Höhe der Läsion (Re-Bestrahlung)</translation>
    </message>
    <message>
        <source>Lesion, level</source>
        <translation>Läsion, Höhe</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Bestrahlungen</translation>
    </message>
    <message>
        <source>Largest course BED</source>
        <translation>Größte BED einer Bestrahlung</translation>
    </message>
    <message>
        <source>Cumulative BED / EQD2</source>
        <translation>Kumulative BED / EQD2</translation>
    </message>
    <message>
        <source>Months since last</source>
        <translation>Monate seit der letzten</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Left (BED)</source>
        <translation>Verbleibend (BED)</translation>
    </message>
    <message>
        <source>Left to 70 Gy EQD2 (SBRT)</source>
        <translation>Verbleibend bis 70 Gy EQD2 (SBRT)</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>Läsion</translation>
    </message>
    <message>
        <source>Lesion for instability and compression</source>
        <translation>Läsion für Instabilität und Kompression</translation>
    </message>
    <message>
        <source>Lesion for instability</source>
        <translation>Läsion für die Instabilität</translation>
    </message>
    <message>
        <source>Lesion for compression</source>
        <translation>Läsion für die Kompression</translation>
    </message>
    <message>
        <source>Until recorded: %1.</source>
        <translation>Bis zur Erfassung: %1.</translation>
    </message>
    <message>
        <source>course %1: %2 × %3 Gy</source>
        <translation>Bestrahlung %1: %2 × %3 Gy</translation>
    </message>
    <message>
        <source>%1: in a previous field (%2 course(s)); doses not all recorded</source>
        <translation>%1: in einem früheren Bestrahlungsfeld (%2 Bestrahlung(en)); Dosen nicht vollständig erfasst</translation>
    </message>
    <message>
        <source>%1: in a previous field (%2 course(s)); %3 Gy₂ left to %4 Gy₂</source>
        <translation>%1: in einem früheren Bestrahlungsfeld (%2 Bestrahlung(en)); %3 Gy₂ verbleibend bis %4 Gy₂</translation>
    </message>
    <message>
        <source>Course %1: first and last level</source>
        <translation>Bestrahlung %1: erste und letzte Höhe</translation>
    </message>
    <message>
        <source>Course %1: total dose and fractions</source>
        <translation>Bestrahlung %1: Gesamtdosis und Fraktionen</translation>
    </message>
    <message>
        <source>Course %1: completed on</source>
        <translation>Bestrahlung %1: abgeschlossen am</translation>
    </message>
    <message>
        <source>Add a lesion first.</source>
        <extracomment>The reference range a laboratory gives by default: (analyte, sex, unit) -&gt; (low, high) or None.</extracomment>
        <translation>Zuerst eine Läsion hinzufügen.</translation>
    </message>
    <message>
        <source>2019 revision</source>
        <translation>Revision 2019</translation>
    </message>
    <message>
        <source>ISNCSCI worksheet on the neurology page, classified by the ISNCSCI 2019 rules and printed in the referral</source>
        <extracomment>soll / sollte / kann as pathway.md gives them (&quot;sollte/soll&quot; when the box has two parts); empty when pathway.md gives none. What the item says, paraphrased in pathway.md (English; never the guideline&apos;s own text). Where pathway.md has it. Where the program shows things (the pages of the case editor, the side panel, the summary page and the referral); the traceability matrix names them in the reader&apos;s language. Where it shows (:data:`PLACE_KEYS`). The guideline section (or pathway.md place) the reason refers to. Items the program implements outside the rule table (or beyond it), with the modules.</extracomment>
        <translation>ISNCSCI-Worksheet auf der Seite Neurologie, klassifiziert nach den Regeln von ISNCSCI 2019 und in der Überweisung gedruckt</translation>
    </message>
    <message>
        <source>the history page asks every item of the checklist</source>
        <translation>die Seite Anamnese fragt jeden Punkt der Checkliste ab</translation>
    </message>
    <message>
        <source>laboratory page: the minimum panel, what of it is missing, and each optional test with whether its trigger applies</source>
        <translation>Seite Labor: die Mindestuntersuchungen, was davon fehlt, und jede fakultative Untersuchung mit der Angabe, ob ihr Anlass vorliegt</translation>
    </message>
    <message>
        <source>SINS per lesion from its six items, with the bands of E 25</source>
        <translation>SINS je Läsion aus seinen sechs Items, mit den Gruppen der E 25</translation>
    </message>
    <message>
        <source>the A rules (with neurological deficit) reconstruct Figure 3 from the text; the figure itself is missing (inference)</source>
        <translation>die A-Regeln (mit neurologischen Ausfällen) rekonstruieren Abbildung 3 aus dem Text; die Abbildung selbst fehlt (abgeleitet)</translation>
    </message>
    <message>
        <source>the B rules (without neurological deficit) reconstruct Figure 4 from the text; the figure itself is missing (inference)</source>
        <translation>die B-Regeln (ohne neurologische Ausfälle) rekonstruieren Abbildung 4 aus dem Text; die Abbildung selbst fehlt (abgeleitet)</translation>
    </message>
    <message>
        <source>which findings count: the latest examination, an earlier one for items not tested again, and the history&apos;s complaints</source>
        <translation>welche Befunde zählen: die letzte Untersuchung, eine frühere für nicht erneut geprüfte Items und die Beschwerden aus der Anamnese</translation>
    </message>
    <message>
        <source>each lesion is judged with its own facts; each decision takes the most urgent answer over the lesions and names its lesion</source>
        <translation>jede Läsion wird mit ihren eigenen Angaben beurteilt; jede Entscheidung übernimmt die dringlichste Antwort über alle Läsionen und nennt ihre Läsion</translation>
    </message>
    <message>
        <source>BED, EQD2, cumulative dose, interval and the 11.8 limits per level</source>
        <translation>BED, EQD2, kumulative Dosis, Intervall und die Grenzwerte aus 11.8 je Höhe</translation>
    </message>
    <message>
        <source>how each lesion was found (imaging page) decides whether F3 applies</source>
        <translation>wie jede Läsion gefunden wurde (Seite Bildgebung), entscheidet, ob F3 gilt</translation>
    </message>
    <message>
        <source>identical advice printed once with every rule id</source>
        <translation>gleiche Hinweise einmal gedruckt, mit jeder Regelnummer</translation>
    </message>
    <message>
        <source>prognosis band from the scores that vote, as a set of bands; haematological primaries get none</source>
        <translation>Überlebensprognose aus den wertenden Scores, als Menge möglicher Prognosen; hämatologische Primärtumoren erhalten keine</translation>
    </message>
    <message>
        <source>hypercalcaemia graded by the albumin-corrected calcium</source>
        <translation>Hyperkalzämie nach dem albuminkorrigierten Calcium eingestuft</translation>
    </message>
    <message>
        <source>an unknown or suspected primary leaves every primary-dependent score item missing</source>
        <translation>ein unbekannter oder nur vermuteter Primärtumor lässt jedes vom Primärtumor abhängige Score-Item offen</translation>
    </message>
    <message>
        <source>times are stored with their UTC offset and printed with it on the referral</source>
        <translation>Zeiten werden mit ihrer Abweichung von UTC gespeichert und so in der Überweisung gedruckt</translation>
    </message>
    <message>
        <source>Staging follows the organ-specific guidelines, which this program does not contain; the imaging page records whether staging is complete.</source>
        <extracomment>Items the program does not implement, with the reason and the guideline section it refers to.</extracomment>
        <translation>Die Ausbreitungsdiagnostik folgt den organspezifischen Leitlinien, die dieses Programm nicht enthält; die Seite Bildgebung dokumentiert, ob das Staging vollständig ist.</translation>
    </message>
    <message>
        <source>Its wording is not available to the program&apos;s authors (pathway.md names E 21–E 23 only as survival scores). The survival scores with verified tables are computed and give the prognosis band.</source>
        <translation>Ihr Wortlaut liegt den Autoren des Programms nicht vor (pathway.md nennt E 21–E 23 nur als Überlebens-Scores). Die Überlebens-Scores mit verifizierten Tabellen werden berechnet und ergeben die Überlebensprognose.</translation>
    </message>
    <message>
        <source>The preferred MESCC survival score (Rades 2022) is named with its groups but not computed: its point values could not be verified.</source>
        <translation>Der bevorzugte Überlebens-Score bei MESCC (Rades 2022) wird mit seinen Gruppen genannt, aber nicht berechnet: Seine Punktwerte konnten nicht verifiziert werden.</translation>
    </message>
    <message>
        <source>The preferred score for ambulation after radiotherapy (Rades 2022) is named with its groups but not computed: its point values could not be verified.</source>
        <translation>Der bevorzugte Score zur Gehfähigkeit nach Strahlentherapie (Rades 2022) wird mit seinen Gruppen genannt, aber nicht berechnet: Seine Punktwerte konnten nicht verifiziert werden.</translation>
    </message>
    <message>
        <source>A pain flare after radiotherapy belongs to the course after treatment; the referral is written before treatment.</source>
        <translation>Eine vorübergehende Schmerzzunahme (Pain Flare) nach Strahlentherapie gehört zum Verlauf nach der Behandlung; die Überweisung entsteht vor der Behandlung.</translation>
    </message>
    <message>
        <source>The post-operative plan is made at the spine centre after the operation; the referral precedes it.</source>
        <translation>Das postoperative Vorgehen legt das Wirbelsäulenzentrum nach der Operation fest; die Überweisung geht ihm voraus.</translation>
    </message>
    <message>
        <source>Peri-operative risk management at the spine centre; the table of tumour-specific risks (Tab. 5) is not transcribed.</source>
        <translation>Perioperatives Risikomanagement im Wirbelsäulenzentrum; die Tabelle der tumorspezifischen Risiken (Tab. 5) ist nicht übertragen.</translation>
    </message>
    <message>
        <source>Follow-up after treatment follows the organ-specific guidelines.</source>
        <translation>Die Nachsorge nach der Behandlung folgt den organspezifischen Leitlinien.</translation>
    </message>
    <message>
        <source>Performance figures of bone scintigraphy: background, no decision.</source>
        <translation>Kennzahlen der Skelettszintigraphie: Hintergrund, keine Entscheidung.</translation>
    </message>
    <message>
        <source>Uptake of FDG by lytic and sclerotic metastases: background, no decision.</source>
        <translation>FDG-Aufnahme lytischer und sklerotischer Metastasen: Hintergrund, keine Entscheidung.</translation>
    </message>
    <message>
        <source>¹⁸F-NaF PET is not approved for routine use; no decision.</source>
        <translation>¹⁸F-NaF-PET ist für die Routine nicht zugelassen; keine Entscheidung.</translation>
    </message>
    <message>
        <source>side panel</source>
        <extracomment>Translates a text of the catalogue&apos;s context &quot;&quot; (or of the context given). The places, by the keys of :data:`~spinemet_desktop.clinical.pathway.guideline.PLACE_KEYS`, as (catalogue context, text): the case editor&apos;s pages by their titles as the program shows them (spinemet_desktop/ui/pages), the side panel, the summary page and the referral&apos;s pages.</extracomment>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>summary page</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>referral p. 1</source>
        <translation>Überweisung S. 1</translation>
    </message>
    <message>
        <source>referral p. 2 ff.</source>
        <translation>Überweisung ab S. 2</translation>
    </message>
    <message>
        <source>implemented</source>
        <extracomment>Where a decision is shown, by output. The side panel&apos;s urgency banner is made of imaging, spine centre and surgery; the summary&apos;s table of decisions has every output; page 1 of the referral lists all but the safety net; the decision trace (referral, later pages) has every output and every rule that fired. Where advice is shown, by its timing: page 1 of the referral has &quot;now&quot;, &quot;within 24 h&quot;, warnings and the further plan; background (&quot;info&quot;) follows the decision trace. A qualifier (S3) is printed with the decision it qualifies, and the side panel lists what is planned for the worse until recorded.</extracomment>
        <translation>umgesetzt</translation>
    </message>
    <message>
        <source>advice only</source>
        <translation>nur Hinweis</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>nicht umgesetzt</translation>
    </message>
    <message>
        <source>NOT MAPPED</source>
        <translation>NICHT ZUGEORDNET</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>in der Leitlinie formuliert</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>Empfehlungen E1–E86</source>
        <translation>Empfehlungen E1–E86</translation>
    </message>
    <message>
        <source>French rules F1–F11</source>
        <translation>französische Regeln F1–F11</translation>
    </message>
    <message>
        <source>safety rules S1–S14</source>
        <translation>Sicherheitsregeln S1–S14</translation>
    </message>
    <message>
        <source>%1: %2 implemented, %3 advice only, %4 out of scope with reasons</source>
        <translation>%1: %2 umgesetzt, %3 nur als Hinweis, %4 nicht umgesetzt mit Begründung</translation>
    </message>
    <message>
        <source>%1 NOT MAPPED</source>
        <translation>%1 NICHT ZUGEORDNET</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shown in</source>
        <translation>Angezeigt in</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Program function or reason</source>
        <translation>Programmfunktion oder Begründung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>ISNCSCI classification (AIS, neurological level of injury, motor and sensory levels and scores, zones of partial preservation)</source>
        <translation>ISNCSCI-Klassifikation (AIS, neurologisches Läsionsniveau, motorische und sensible Niveaus und Scores, Zonen partiell erhaltener Funktion)</translation>
    </message>
    <message>
        <source>Score or classification</source>
        <translation>Score oder Klassifikation</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>Verifizierungsstatus</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why it is not computed</source>
        <translation>Warum er nicht berechnet wird</translation>
    </message>
    <message>
        <source>undetermined, named as missing</source>
        <extracomment>How the pathway treats a fact that is not recorded: (short label, explanation), by kind.</extracomment>
        <translation>offen, als fehlend genannt</translation>
    </message>
    <message>
        <source>Never read as &apos;no&apos; or normal: a decision that depends on it stays undetermined, with the answers still possible, and the fact is listed as missing; advice that needs it is not given.</source>
        <translation>Nie als „nein“ oder normal gelesen: Eine Entscheidung, die von ihr abhängt, bleibt offen, mit den noch möglichen Antworten, und die Angabe wird als fehlend aufgeführt; ein Hinweis, der sie braucht, wird nicht gegeben.</translation>
    </message>
    <message>
        <source>worse case planned for, named</source>
        <translation>vom ungünstigeren Fall ausgegangen, genannt</translation>
    </message>
    <message>
        <source>Where a rule can, it plans for the worse case and lists the fact under &apos;planned for the worse until recorded&apos; (recording it may lower the answer); otherwise as above.</source>
        <translation>Wo eine Regel es kann, geht sie vom ungünstigeren Fall aus und führt die Angabe unter „Bis zur Erfassung vom ungünstigeren Fall ausgegangen“ auf (ihre Erfassung kann die Antwort senken); sonst wie oben.</translation>
    </message>
    <message>
        <source>can only raise the urgency</source>
        <translation>kann die Dringlichkeit nur erhöhen</translation>
    </message>
    <message>
        <source>While it is not known, the other facts decide.</source>
        <translation>Solange sie unbekannt ist, entscheiden die übrigen Angaben.</translation>
    </message>
    <message>
        <source>only a recorded finding counts</source>
        <translation>nur ein dokumentierter Befund zählt</translation>
    </message>
    <message>
        <source>Left empty, nothing was recorded (no previous radiotherapy field, no flare, no finding).</source>
        <translation>Leer heißt: nichts dokumentiert (kein früheres Bestrahlungsfeld, kein Flare, kein Befund).</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>If it is not recorded</source>
        <translation>Wenn sie nicht erhoben ist</translation>
    </message>
    <message>
        <source>lesion</source>
        <translation>Läsion</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient/-in</translation>
    </message>
    <message>
        <source>Items (a missing item leaves the total empty and is named)</source>
        <translation>Items (ein fehlendes Item lässt die Summe leer und wird genannt)</translation>
    </message>
    <message>
        <source>Spine map (schematic)</source>
        <translation>Wirbelsäulenschema</translation>
    </message>
    <message>
        <source>Neurological levels are drawn at the vertebra of the same name, where the segment&apos;s nerve root leaves the canal (C8 at T1, S4-5 at S4). Simplified: the cord segment lies higher — about one vertebra in the neck, two in the thoracic spine; lumbar and sacral segments at T10–L1.</source>
        <extracomment>Said on the map and in its text alternative wherever segments are placed on vertebrae.</extracomment>
        <translation>Neurologische Niveaus sind am gleichnamigen Wirbel eingezeichnet, wo die Nervenwurzel des Segments den Spinalkanal verlässt (C8 bei T1, S4-5 bei S4). Vereinfacht: Das Rückenmarkssegment liegt höher – an der Halswirbelsäule etwa einen Wirbel, an der Brustwirbelsäule zwei; lumbale und sakrale Segmente auf Höhe T10–L1.</translation>
    </message>
    <message>
        <source>lesion for instability and compression</source>
        <extracomment>Depth of the ESCC wedge as a share of the canal&apos;s width, by grade (0: bone only, no wedge). Top edge and height on the column, in design units from the column&apos;s top. The SINS band the recorded items guarantee (stable / potentially_unstable / unstable), or None when they leave it open. low_grade / borderline / high_grade, or None when no grade is recorded. The re-irradiation figures when the lesion lies in a previous radiotherapy field (S5).</extracomment>
        <translation>Läsion für Instabilität und Kompression</translation>
    </message>
    <message>
        <source>lesion for instability</source>
        <translation>Läsion für die Instabilität</translation>
    </message>
    <message>
        <source>lesion for compression</source>
        <translation>Läsion für die Kompression</translation>
    </message>
    <message>
        <source>SINS %1, %2</source>
        <extracomment>The vertebra it is drawn at (its most rostral candidate); None when intact. The first segment below the NLI, and the vertebra at or above which a lesion would explain it. Lesions recorded without a level (not drawn). When the levels come from, or why there are none. Schematic row heights per region (design units): the lumbar bodies are the tallest.</extracomment>
        <translation>SINS %1, %2</translation>
    </message>
    <message>
        <source>SINS incomplete</source>
        <translation>SINS unvollständig</translation>
    </message>
    <message>
        <source>SINS %1–%2, %3 (items missing)</source>
        <translation>SINS %1–%2, %3 (Items fehlen)</translation>
    </message>
    <message>
        <source>SINS %1–%2 (items missing)</source>
        <translation>SINS %1–%2 (Items fehlen)</translation>
    </message>
    <message>
        <source>ESCC not recorded</source>
        <translation>ESCC nicht erfasst</translation>
    </message>
    <message>
        <source>ESCC %1 (%2)</source>
        <translation>ESCC %1 (%2)</translation>
    </message>
    <message>
        <source>in a previous RT field (%1 course(s) at %2)</source>
        <translation>in einem früheren Bestrahlungsfeld (%1 Bestrahlung(en) bei %2)</translation>
    </message>
    <message>
        <source>%1: doses not all recorded</source>
        <translation>%1: Dosen nicht vollständig erfasst</translation>
    </message>
    <message>
        <source>cumulative BED %1 Gy₂ (EQD2 %2 Gy)</source>
        <translation>kumulative BED %1 Gy₂ (EQD2 %2 Gy)</translation>
    </message>
    <message>
        <source>%1 Gy₂ left to %2 Gy₂</source>
        <translation>%1 Gy₂ verbleibend bis %2 Gy₂</translation>
    </message>
    <message>
        <source>%1 Gy₂ above the limit of %2 Gy₂</source>
        <translation>%1 Gy₂ über der Grenze von %2 Gy₂</translation>
    </message>
    <message>
        <source>%1 months since the last course</source>
        <translation>%1 Monate seit der letzten Bestrahlung</translation>
    </message>
    <message>
        <source>Neurological levels: no examination recorded.</source>
        <translation>Neurologische Niveaus: keine Untersuchung erfasst.</translation>
    </message>
    <message>
        <source>Neurological levels: not determined — the latest worksheet is incomplete (%1 cells or fields missing).</source>
        <translation>Neurologische Niveaus: nicht bestimmt – das letzte Worksheet ist unvollständig (%1 Felder fehlen).</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>Zeitpunkt nicht erfasst</translation>
    </message>
    <message>
        <source>Neurological levels of the latest examination, %1:</source>
        <translation>Neurologische Niveaus der letzten Untersuchung, %1:</translation>
    </message>
    <message>
        <source>%1, the first segment below the NLI %2</source>
        <translation>%1, dem ersten Segment unterhalb des NLI %2</translation>
    </message>
    <message>
        <source>%1, where the segment %2 below the NLI %3 is drawn</source>
        <translation>%1, wo das Segment %2 unterhalb des NLI %3 eingezeichnet ist</translation>
    </message>
    <message>
        <source>Level mismatch: no recorded lesion lies at or above %1. The guideline asks for imaging that covers the whole spine when there is an acute deficit (6.3).</source>
        <translation>Höhendiskrepanz: Keine erfasste Läsion liegt auf oder oberhalb von %1. Bei akuten neurologischen Ausfällen verlangt die Leitlinie eine Bildgebung, die die gesamte Wirbelsäule erfasst (6.3).</translation>
    </message>
    <message>
        <source>%1 × %2 Gy = %3 Gy</source>
        <translation>%1 × %2 Gy = %3 Gy</translation>
    </message>
    <message>
        <source>%1 Gy, fractions not recorded</source>
        <translation>%1 Gy, Fraktionen nicht erfasst</translation>
    </message>
    <message>
        <source>dose not recorded</source>
        <translation>Dosis nicht erfasst</translation>
    </message>
    <message>
        <source>levels not recorded — assumed to include every lesion</source>
        <translation>Höhen nicht erfasst – als alle Läsionen einschließend angenommen</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>abgeschlossen %1</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>Datum nicht erfasst</translation>
    </message>
    <message>
        <source>RT %1: %2; %3; %4</source>
        <translation>RT %1: %2; %3; %4</translation>
    </message>
    <message>
        <source>NLI %1</source>
        <extracomment>Colours (Okabe–Ito based, light enough for black hatching on top) — never the only cue. Short forms for the drawing; both sides in one line when they agree.</extracomment>
        <translation>NLI %1</translation>
    </message>
    <message>
        <source>sensory level %1 %2</source>
        <translation>sensibles Niveau %1 %2</translation>
    </message>
    <message>
        <source>motor level %1 %2</source>
        <translation>motorisches Niveau %1 %2</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>re-irradiation: %1</source>
        <translation>Re-Bestrahlung: %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Spine map (schematic) of the column %1–S5.</source>
        <translation>Wirbelsäulenschema von %1 bis S5.</translation>
    </message>
    <message>
        <source>Lesions from top to bottom:</source>
        <translation>Läsionen von oben nach unten:</translation>
    </message>
    <message>
        <source>No lesion with a level recorded.</source>
        <translation>Keine Läsion mit Höhenangabe erfasst.</translation>
    </message>
    <message>
        <source>%1 lesion(s) without a level are not drawn.</source>
        <translation>%1 Läsion(en) ohne Höhenangabe sind nicht eingezeichnet.</translation>
    </message>
    <message>
        <source>NLI, sensory and motor levels: intact (INT) on both sides.</source>
        <translation>NLI, sensible und motorische Niveaus: beidseits intakt (INT).</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Previous spinal radiotherapy (prescribed doses):</source>
        <translation>Vorbestrahlung der Wirbelsäule (verschriebene Dosen):</translation>
    </message>
    <message>
        <source>Cord tolerance recorded as exhausted.</source>
        <translation>Toleranzdosis des Myelons als ausgereizt erfasst.</translation>
    </message>
    <message>
        <source>No previous spinal radiotherapy recorded.</source>
        <translation>Keine Vorbestrahlung der Wirbelsäule erfasst.</translation>
    </message>
    <message>
        <source>sensory R %1</source>
        <translation>sensibel R %1</translation>
    </message>
    <message>
        <source>sensory L %1</source>
        <translation>sensibel L %1</translation>
    </message>
    <message>
        <source>sensory R/L %1</source>
        <translation>sensibel R/L %1</translation>
    </message>
    <message>
        <source>motor R %1</source>
        <translation>motorisch R %1</translation>
    </message>
    <message>
        <source>motor L %1</source>
        <translation>motorisch L %1</translation>
    </message>
    <message>
        <source>motor R/L %1</source>
        <translation>motorisch R/L %1</translation>
    </message>
    <message>
        <source>no lesion at or above %1</source>
        <translation>keine Läsion auf oder oberhalb von %1</translation>
    </message>
    <message>
        <source>SINS %1–%2 %3</source>
        <translation>SINS %1–%2 %3</translation>
    </message>
    <message>
        <source>SINS band open (items missing)</source>
        <translation>SINS-Kategorie offen (Items fehlen)</translation>
    </message>
    <message>
        <source>ESCC 1a–1b (low-grade)</source>
        <translation>ESCC 1a–1b (niedriggradig)</translation>
    </message>
    <message>
        <source>ESCC 1c (borderline)</source>
        <translation>ESCC 1c (Grenzbereich)</translation>
    </message>
    <message>
        <source>ESCC 2–3 (high-grade); no wedge: ESCC 0</source>
        <translation>ESCC 2–3 (hochgradig); kein Keil: ESCC 0</translation>
    </message>
    <message>
        <source>previous radiotherapy field, numbered as below</source>
        <translation>früheres Bestrahlungsfeld, nummeriert wie unten</translation>
    </message>
    <message>
        <source>neurological level (latest exam)</source>
        <translation>neurologisches Niveau (letzte Untersuchung)</translation>
    </message>
    <message>
        <source>no lesion explains the level</source>
        <translation>keine Läsion erklärt das Niveau</translation>
    </message>
    <message>
        <source>the date %1 lies outside %2 to %3</source>
        <extracomment>The id of a case, lesion or examination (model/limits.py: letters, digits, &quot;-&quot;, &quot;_&quot;). Clocks on ward workstations drift; a timestamp a few minutes ahead is not an error.</extracomment>
        <translation>das Datum %1 liegt außerhalb von %2 bis %3</translation>
    </message>
    <message>
        <source>the text contains the control character %1</source>
        <translation>der Text enthält das Steuerzeichen %1</translation>
    </message>
    <message>
        <source>%1 is a report: it has a text, no value, unit or range</source>
        <extracomment>What the referrer asks of the spine centre (free text, printed on page 1 of the referral). Osteoporotic fracture or other metabolic bone disease (e.g. Paget&apos;s disease). Spinal infection (spondylodiscitis). Haematological neoplasm (myeloma, lymphoma). Benign bone lesion (e.g. haemangioma). Destructive degenerative changes. Inflammatory disease (e.g. ankylosing spondylitis). Vascular lesion (e.g. arteriovenous malformation). Brown tumour (hyperparathyroidism; guideline §6.4). Clinical suspicion of cancer without a known cancer (red flag, guideline 6.1.2). General condition under the current systemic therapy (separates a flare from progression, S8). The radiation oncologist has checked the cumulative cord dose and it allows another course although the level already had more than one (pathway.md §11 S5). Local signs of inflammation (redness, swelling, warmth over the spine). Systemic signs of inflammation (fever, chills, night sweats). Osteoporotic bone (known osteoporosis or osteoporotic bone quality): the receiving surgeon cement-augments pedicle screws in the thoracic and lumbar spine (E 64). Known hyperparathyroidism or end-stage renal disease (brown tumour; trigger for PTH). The patient&apos;s wish regarding surgery (True: agrees to an operation). Clinician&apos;s prognosis band; when None the band is derived from the survival scores. Tomita primary-growth category: chosen by the clinician (scores-surgical.md §3a). Last level of a lesion that spans several levels (None: a single level). When None, the SINS location is derived from the level. Tomita surgical classification type 1-7 (provisional table). Number of vertebral bodies with metastases (Tokuhashi counts these). Number of extraspinal bone metastasis foci. Free-text result (e.g. an electrophoresis report).</extracomment>
        <translation>%1 ist ein Befundbericht: Er hat einen Text, keinen Wert, keine Einheit und keinen Referenzbereich</translation>
    </message>
    <message>
        <source>%1: the unit %2 is not one of %3</source>
        <translation>%1: Die Einheit %2 ist keine von %3</translation>
    </message>
    <message>
        <source>%1: a value and its reference range need their unit (%2)</source>
        <translation>%1: Ein Wert und sein Referenzbereich brauchen ihre Einheit (%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 lies outside the plausible range %4–%5 %3</source>
        <translation>%1: %2 %3 liegt außerhalb des plausiblen Bereichs %4–%5 %3</translation>
    </message>
    <message>
        <source>%1: the reference range&apos;s lower limit %2 is not below its upper limit %3</source>
        <translation>%1: Die untere Grenze %2 des Referenzbereichs liegt nicht unter seiner oberen Grenze %3</translation>
    </message>
    <message>
        <source>The case would take %1 bytes as a case file, more than the %2 a case may take.</source>
        <extracomment>How much larger a case file is than the case&apos;s compact JSON at most: the indentation of a value nested five deep plus &quot;: &quot; and a line break per value (a short value triples, at worst).</extracomment>
        <translation>Der Fall würde als Falldatei %1 Bytes belegen, mehr als die %2, die ein Fall belegen darf.</translation>
    </message>
    <message>
        <source>examinations</source>
        <translation>Untersuchungen</translation>
    </message>
    <message>
        <source>lesions</source>
        <translation>Läsionen</translation>
    </message>
    <message>
        <source>laboratory results</source>
        <translation>Laborbefunde</translation>
    </message>
    <message>
        <source>overrides</source>
        <translation>manuelle Überschreibungen</translation>
    </message>
    <message>
        <source>previous radiotherapy courses</source>
        <translation>Vorbestrahlungen</translation>
    </message>
    <message>
        <source>A case holds at most %1 %2.</source>
        <translation>Ein Fall enthält höchstens %1 %2.</translation>
    </message>
    <message>
        <source>History and examination disagree: %1, but %2. Check both and correct the one that is wrong.</source>
        <extracomment>What each side says, in a sentence each. The field of the history and the field of the examination that disagree (field addresses).</extracomment>
        <translation>Anamnese und Untersuchung widersprechen sich: %1, aber %2. Beides prüfen und die falsche Angabe korrigieren.</translation>
    </message>
    <message>
        <source>the history records no bladder or bowel complaints</source>
        <translation>die Anamnese verzeichnet keine Blasen- oder Darmbeschwerden</translation>
    </message>
    <message>
        <source>the examination found bladder/bowel function disturbed</source>
        <translation>die Untersuchung fand das Vegetativum gestört</translation>
    </message>
    <message>
        <source>the history records bladder or bowel complaints</source>
        <translation>die Anamnese verzeichnet Blasen- oder Darmbeschwerden</translation>
    </message>
    <message>
        <source>the examination found bladder/bowel function intact</source>
        <translation>die Untersuchung fand das Vegetativum intakt</translation>
    </message>
    <message>
        <source>the history records no weakness</source>
        <translation>die Anamnese verzeichnet keine Schwäche</translation>
    </message>
    <message>
        <source>the examination graded key muscles below 5/5 (%1)</source>
        <translation>die Untersuchung bewertete Kennmuskeln unter 5/5 (%1)</translation>
    </message>
    <message>
        <source>the history records weakness</source>
        <translation>die Anamnese verzeichnet eine Schwäche</translation>
    </message>
    <message>
        <source>the examination graded every key muscle 5/5</source>
        <translation>die Untersuchung bewertete jeden Kennmuskel mit 5/5</translation>
    </message>
    <message>
        <source>the examination found the patient not ambulatory</source>
        <translation>die Untersuchung fand die Patientin bzw. den Patienten nicht gehfähig</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail — %1</source>
        <extracomment>A cell of the table shows at most this much of a value (a long text is in the tooltip).</extracomment>
        <translation>Änderungsprotokoll — %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>duplicated</source>
        <translation>dupliziert</translation>
    </message>
    <message>
        <source>report created</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Änderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Audit trail not exported</source>
        <translation>Änderungsprotokoll nicht exportiert</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>Datenbankrolle</translation>
    </message>
    <message>
        <source>Every saved change of this case, oldest first: time, operating-system user, computer, database role (on a clinic server), field, old and new value. Created referral PDFs are listed with their SHA-256 hash.</source>
        <translation>Jede gespeicherte Änderung dieses Falls, älteste zuerst: Zeitpunkt, Benutzer des Betriebssystems, Computer, Datenbankrolle (auf einem Klinikserver), Feld, alter und neuer Wert. Erstellte Verlegungsberichte (PDF) sind mit ihrem SHA-256-Hashwert aufgeführt.</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <source>sent to the server</source>
        <translation>an den Server gesendet</translation>
    </message>
    <message>
        <source>separate case (conflict)</source>
        <translation>eigener Fall (Konflikt)</translation>
    </message>
</context>
<context>
    <name>BodyChart</name>
    <message>
        <source>Body chart of the sensory examination</source>
        <extracomment>The width of the legend (chart coordinates): swatch, gap and text. The chart&apos;s height in its own coordinates: the figure (to y 412) and the legend under it.</extracomment>
        <translation>Körperschema der sensiblen Untersuchung</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>impaired</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>not testable</source>
        <translation>nicht testbar</translation>
    </message>
    <message>
        <source>not examined</source>
        <translation>nicht untersucht</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <source>%1 sensory level: %2.</source>
        <translation>Sensibles Niveau %1: %2.</translation>
    </message>
    <message>
        <source>S2 · S3 · S4-5</source>
        <translation>S2 · S3 · S4-5</translation>
    </message>
    <message>
        <source>SL R: %1</source>
        <translation>SL R: %1</translation>
    </message>
    <message>
        <source>SL L: %1</source>
        <translation>SL L: %1</translation>
    </message>
    <message>
        <source>sensory level</source>
        <translation>sensibles Niveau</translation>
    </message>
</context>
<context>
    <name>BoolField</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Pages of the case</source>
        <extracomment>An edit is on disk at most this long after it was made, however fast the typing goes on. Kept edits could not be written to their case (a list of store Conflicts); if one is the open case&apos;s, the case has been closed.</extracomment>
        <translation>Seiten des Falls</translation>
    </message>
    <message>
        <source>Each page says whether it is complete. Alt+1 to Alt+6 or Ctrl+Page Up/Down change the page.</source>
        <translation>Jede Seite zeigt, ob sie vollständig ist. Alt+1 bis Alt+6 oder Strg+Bild auf/ab wechseln die Seite.</translation>
    </message>
    <message>
        <source>Decision support — verify clinically. The treating physician decides.</source>
        <extracomment>Pages whose fields may show values older than the case (a field shown on two pages was edited on the other one): they read the case again when they are next shown.</extracomment>
        <translation>Entscheidungsunterstützung – klinisch überprüfen. Die Entscheidung trifft die behandelnde Ärztin oder der behandelnde Arzt.</translation>
    </message>
    <message>
        <source>The edits of the open case could not be saved; it stays open.</source>
        <translation>Die Änderungen am geöffneten Fall konnten nicht gespeichert werden; er bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>‼ NOT SAVED: %1 Your edits are kept in memory; saving is retried.</source>
        <translation>‼ NICHT GESPEICHERT: %1 Ihre Eingaben bleiben im Arbeitsspeicher erhalten; das Speichern wird wiederholt.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>‼ NOT SAVED on the server — kept on this computer. %1 Saving is retried.</source>
        <translation>‼ NICHT auf dem Server GESPEICHERT — auf diesem Computer aufbewahrt. %1 Das Speichern wird wiederholt.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Name</source>
        <extracomment>A cell of the list shows at most this much of a value.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Search by name or record number</source>
        <translation>Suche nach Name oder Patientennummer</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Fälle durchsuchen</translation>
    </message>
    <message>
        <source>Shows the cases whose name or record number contains the text</source>
        <translation>Zeigt die Fälle, deren Name oder Patientennummer den Text enthält</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Cases that could not be opened in this run, with the reason (listed as damaged).</extracomment>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Name, date of birth, record number and last change of each case; Enter opens the selected case</source>
        <translation>Name, Geburtsdatum, Patientennummer und letzte Änderung jedes Falls; Eingabe öffnet den ausgewählten Fall</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message>
        <source>Start a new, empty case</source>
        <translation>Einen neuen, leeren Fall beginnen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open the selected case (or press Enter)</source>
        <translation>Den ausgewählten Fall öffnen (oder Eingabetaste)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected case into a new one</source>
        <translation>Den ausgewählten Fall in einen neuen kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected case permanently, after asking once</source>
        <translation>Den ausgewählten Fall nach einer Rückfrage endgültig löschen</translation>
    </message>
    <message>
        <source>E&amp;xport case file…</source>
        <translation>Falldatei e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the selected case as a case file (JSON)</source>
        <translation>Den ausgewählten Fall als Falldatei (JSON) speichern</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>⚠ Damaged case %1: %2</source>
        <translation>⚠ Beschädigter Fall %1: %2</translation>
    </message>
    <message>
        <source>%1 case(s)</source>
        <translation>%1 Fall/Fälle</translation>
    </message>
    <message>
        <source>&amp;Import case files…</source>
        <translation>Falldateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Add cases from one or several case files (JSON)</source>
        <translation>Fälle aus einer oder mehreren Falldateien (JSON) hinzufügen</translation>
    </message>
    <message>
        <source>The cases cannot be listed: %1</source>
        <translation>Die Fälle können nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>— not assessed —</source>
        <translation>— nicht erhoben —</translation>
    </message>
    <message>
        <source>Choose one answer; the first entry leaves it not assessed.</source>
        <translation>Eine Antwort wählen; der erste Eintrag lässt die Angabe als nicht erhoben.</translation>
    </message>
</context>
<context>
    <name>CoursesField</name>
    <message>
        <source>Add a &amp;course</source>
        <translation>&amp;Bestrahlung hinzufügen</translation>
    </message>
    <message>
        <source>Add a previous course of radiotherapy</source>
        <translation>Eine frühere Bestrahlung hinzufügen</translation>
    </message>
    <message>
        <source>Each course with its levels, total dose, fractions and end date.</source>
        <translation>Jede Bestrahlung mit Höhe, Gesamtdosis, Fraktionen und Enddatum.</translation>
    </message>
    <message>
        <source>Course %1: first level</source>
        <translation>Bestrahlung %1: erste Höhe</translation>
    </message>
    <message>
        <source>Course %1: last level</source>
        <translation>Bestrahlung %1: letzte Höhe</translation>
    </message>
    <message>
        <source>Course %1: total dose (Gy)</source>
        <translation>Bestrahlung %1: Gesamtdosis (Gy)</translation>
    </message>
    <message>
        <source>Course %1: fractions</source>
        <translation>Bestrahlung %1: Fraktionen</translation>
    </message>
    <message>
        <source>Course %1: completed on</source>
        <translation>Bestrahlung %1: abgeschlossen am</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove course %1</source>
        <translation>Bestrahlung %1 entfernen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date and time as DD.MM.YYYY HH:MM, or short: a time alone for today (9:50), t 9:50, t-1 9:50, 18.11. 9:50, n or j for now; empty means not recorded.</source>
        <translation>Datum und Uhrzeit als TT.MM.JJJJ HH:MM oder kurz: eine Uhrzeit allein für heute (9:50), h 9:50, h-1 9:50, 18.11. 9:50, j oder n für jetzt; leer bedeutet nicht erfasst.</translation>
    </message>
    <message>
        <source>Date as DD.MM.YYYY, or short: 1.5.26, 18.11. (this year), t or h for today, t-1 for yesterday; empty means not recorded.</source>
        <translation>Datum als TT.MM.JJJJ oder kurz: 1.5.26, 18.11. (laufendes Jahr), h oder t für heute, h-1 für gestern; leer bedeutet nicht erfasst.</translation>
    </message>
    <message>
        <source>DD.MM.YYYY HH:MM</source>
        <translation>TT.MM.JJJJ HH:MM</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Set to the current date and time</source>
        <translation>Auf das aktuelle Datum und die aktuelle Uhrzeit setzen</translation>
    </message>
    <message>
        <source>Fills in the current date and time (or type n or j in the field)</source>
        <translation>Trägt das aktuelle Datum und die aktuelle Uhrzeit ein (oder j oder n in das Feld tippen)</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>liegt in der Zukunft</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Patient already in the case list</source>
        <translation>Patient/in bereits in der Fallliste</translation>
    </message>
    <message>
        <source>The file %1 holds a patient who is already in the case list.</source>
        <translation>Die Datei %1 enthält eine Patientin bzw. einen Patienten, die/der bereits in der Fallliste steht.</translation>
    </message>
    <message>
        <source>In the file: %1
Already in the list: %2

Open the existing case, or import the file as a separate copy (its notes say that it is a copy)?</source>
        <translation>In der Datei: %1
Bereits in der Liste: %2

Den vorhandenen Fall öffnen oder die Datei als eigene Kopie importieren (ihre Notizen vermerken, dass es eine Kopie ist)?</translation>
    </message>
    <message>
        <source>&amp;Open the existing case</source>
        <translation>Vorhandenen Fall ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Import as a &amp;copy</source>
        <translation>Als &amp;Kopie importieren</translation>
    </message>
    <message>
        <source>&amp;Skip this file</source>
        <translation>Diese Datei ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Error: %1</source>
        <extracomment>The widget that takes the keyboard focus (and that a screen reader announces). What the field expects, read out after its name (the error first, while there is one).</extracomment>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>ImagingPage</name>
    <message>
        <source>Imaging findings</source>
        <translation>Bildgebende Befunde</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>Läsionen</translation>
    </message>
    <message>
        <source>One entry per lesion; the form below shows the selected one</source>
        <translation>Ein Eintrag je Läsion; das Formular darunter zeigt die ausgewählte</translation>
    </message>
    <message>
        <source>&amp;Add lesion</source>
        <translation>Läsion &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a lesion and show its form</source>
        <translation>Eine Läsion hinzufügen und ihr Formular zeigen</translation>
    </message>
    <message>
        <source>&amp;Remove lesion</source>
        <translation>Läsion &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected lesion (Undo brings it back)</source>
        <translation>Die ausgewählte Läsion entfernen (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Nuclear-medicine advice (bone scan, FDG-PET)</source>
        <translation>Nuklearmedizinische Hinweise (Skelettszintigraphie, FDG-PET)</translation>
    </message>
    <message>
        <source>Nuclear-medicine advice</source>
        <translation>Nuklearmedizinische Hinweise</translation>
    </message>
    <message>
        <source>Lesion %1: %2</source>
        <translation>Läsion %1: %2</translation>
    </message>
    <message>
        <source>level not set</source>
        <translation>Höhe nicht angegeben</translation>
    </message>
    <message>
        <source>No lesion selected.</source>
        <translation>Keine Läsion ausgewählt.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Lokalisierung</translation>
    </message>
    <message>
        <source>ESCC not graded</source>
        <translation>ESCC nicht eingestuft</translation>
    </message>
    <message>
        <source>Worst lesion: %1 (%2)</source>
        <translation>Führende Läsion: %1 (%2)</translation>
    </message>
    <message>
        <source>No lesion recorded.</source>
        <translation>Keine Läsion erfasst.</translation>
    </message>
    <message>
        <source>no lesion</source>
        <translation>keine Läsion</translation>
    </message>
    <message>
        <source>lesion %1: SINS/ESCC incomplete</source>
        <translation>Läsion %1: SINS/ESCC unvollständig</translation>
    </message>
    <message>
        <source>visceral metastases</source>
        <translation>viszerale Metastasen</translation>
    </message>
    <message>
        <source>extraspinal bone foci</source>
        <translation>extraspinale Knochenmetastasen</translation>
    </message>
</context>
<context>
    <name>InstructionsDialog</name>
    <message>
        <source>Instructions for use</source>
        <translation>Gebrauchsanweisung</translation>
    </message>
    <message>
        <source>Intended use, limits, inputs, urgency rules, scores, data storage, installation and the traceability matrix</source>
        <translation>Zweckbestimmung, Grenzen, Eingaben, Dringlichkeitsregeln, Scores, Datenspeicherung, Installation und die Nachverfolgbarkeitsmatrix</translation>
    </message>
    <message>
        <source>&amp;Open as PDF</source>
        <translation>Als PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the instructions for use as PDF in the system&apos;s viewer</source>
        <translation>Die Gebrauchsanweisung als PDF im Anzeigeprogramm des Systems öffnen</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>Das PDF konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Save the instructions for use</source>
        <translation>Gebrauchsanweisung speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IsncsciGrid</name>
    <message>
        <source>Right motor</source>
        <translation>Motorik rechts</translation>
    </message>
    <message>
        <source>Right light touch</source>
        <translation>Leichte Berührung rechts</translation>
    </message>
    <message>
        <source>Right pin prick</source>
        <translation>Spitz-Stumpf rechts</translation>
    </message>
    <message>
        <source>Left light touch</source>
        <translation>Leichte Berührung links</translation>
    </message>
    <message>
        <source>Left pin prick</source>
        <translation>Spitz-Stumpf links</translation>
    </message>
    <message>
        <source>Left motor</source>
        <translation>Motorik links</translation>
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
        <source>ISNCSCI worksheet</source>
        <extracomment>(column, level, value or None) for every cell the user changed, in one batch.</extracomment>
        <translation>ISNCSCI-Worksheet</translation>
    </message>
    <message>
        <source>Type 0 to 5, N for not testable, * for non-SCI marks, Delete to clear; arrows move.</source>
        <translation>0 bis 5 eingeben, N für nicht testbar, * für nicht rückenmarksbedingte Beeinträchtigung, Entf zum Löschen; Pfeiltasten bewegen.</translation>
    </message>
    <message>
        <source>no key muscle</source>
        <translation>kein Kennmuskel</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 value</source>
        <translation>%1 ist kein gültiger Wert für %2</translation>
    </message>
    <message>
        <source>motor</source>
        <translation>Motorik</translation>
    </message>
    <message>
        <source>sensory</source>
        <translation>Sensibilität</translation>
    </message>
</context>
<context>
    <name>LabsPage</name>
    <message>
        <source>Labs</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>The laboratory&apos;s report in a few words; empty means not done.</source>
        <translation>Der Laborbefund in wenigen Worten; leer bedeutet nicht durchgeführt.</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(ohne Einheit)</translation>
    </message>
    <message>
        <source>%1 unit</source>
        <translation>%1 Einheit</translation>
    </message>
    <message>
        <source>%1 sampled at</source>
        <translation>%1 Abnahmedatum</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>%1 reference range, lower limit</source>
        <translation>%1 Referenzbereich, Untergrenze</translation>
    </message>
    <message>
        <source>lower limit</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>upper limit</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>%1 reference range, upper limit</source>
        <translation>%1 Referenzbereich, Obergrenze</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenzbereich</translation>
    </message>
    <message>
        <source>Blood sampled at (whole panel)</source>
        <extracomment>The panel&apos;s time as last shown or applied (the results that have it move with it).</extracomment>
        <translation>Blutentnahme am (ganzes Panel)</translation>
    </message>
    <message>
        <source>Every value entered without a time of its own takes this time; each row shows it and can differ.</source>
        <translation>Jeder Wert ohne eigene Zeit erhält diese Zeit; jede Zeile zeigt sie und kann abweichen.</translation>
    </message>
    <message>
        <source>The site configuration could not be used, so the built-in reference ranges apply: %1</source>
        <translation>Die Standortkonfiguration konnte nicht verwendet werden, daher gelten die eingebauten Referenzbereiche: %1</translation>
    </message>
    <message>
        <source>Reference ranges of %1 (site configuration %2); ranges not given there are the built-in ones.</source>
        <translation>Referenzbereiche von %1 (Standortkonfiguration %2); dort nicht angegebene Bereiche sind die eingebauten.</translation>
    </message>
    <message>
        <source>%1: time of sampling</source>
        <translation>%1: Abnahmezeitpunkt</translation>
    </message>
    <message>
        <source>%1: reference range</source>
        <translation>%1: Referenzbereich</translation>
    </message>
    <message>
        <source>The reference range depends on the patient&apos;s sex: record it on page 1.</source>
        <translation>Der Referenzbereich hängt vom Geschlecht ab: bitte auf Seite 1 erfassen.</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Es fehlt noch: %1</translation>
    </message>
    <message>
        <source>Minimum panel complete, each value with its time and reference range.</source>
        <translation>Mindestlabor vollständig, jeder Wert mit Abnahmezeitpunkt und Referenzbereich.</translation>
    </message>
    <message>
        <source>Albumin-corrected calcium: %1 mmol/L (%2)</source>
        <translation>Albuminkorrigiertes Kalzium: %1 mmol/l (%2)</translation>
    </message>
    <message>
        <source>Indicated</source>
        <translation>Indiziert</translation>
    </message>
    <message>
        <source>Not indicated</source>
        <translation>Nicht indiziert</translation>
    </message>
    <message>
        <source>Indication not yet known</source>
        <translation>Indikation noch unklar</translation>
    </message>
</context>
<context>
    <name>LongTextField</name>
    <message>
        <source>Free text over several lines; empty means not recorded.</source>
        <translation>Freitext über mehrere Zeilen; leer bedeutet nicht erfasst.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spinal metastases — bedside documentation</source>
        <translation>Wirbelsäulenmetastasen – Dokumentation am Krankenbett</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Decision support — verify clinically.</source>
        <extracomment>The size the window opens at when none is remembered and the screen has room for it. Room for the title bar and borders before the window manager has framed the window.</extracomment>
        <translation>Entscheidungsunterstützung — klinisch prüfen.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <extracomment>Shown while the site configuration is not used (the reason in its tooltip).</extracomment>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message>
        <source>&amp;Case list</source>
        <translation>Fall&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Export this case…</source>
        <translation>Diesen Fall &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Audit trail of this case…</source>
        <translation>&amp;Änderungsprotokoll dieses Falls…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Instructions for use</source>
        <translation>&amp;Gebrauchsanweisung</translation>
    </message>
    <message>
        <source>&amp;About spinemet-desktop</source>
        <translation>&amp;Über spinemet-desktop</translation>
    </message>
    <message>
        <source>Case cannot be opened</source>
        <translation>Fall kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The case %1 cannot be opened: what is stored does not pass the checks every case passes.

%2

You can export it as it is stored (for your IT department) or delete it.</source>
        <translation>Der Fall %1 kann nicht geöffnet werden: Die gespeicherten Daten bestehen die Prüfungen nicht, die jeder Fall besteht.

%2

Sie können ihn so exportieren, wie er gespeichert ist (für Ihre IT-Abteilung), oder ihn löschen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>%1 — spinemet-desktop</source>
        <translation>%1 — spinemet-desktop</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>The site configuration has an error and is not used; the built-in reference ranges apply: %1</source>
        <translation>Die Standortkonfiguration enthält einen Fehler und wird nicht verwendet; es gelten die eingebauten Referenzbereiche: %1</translation>
    </message>
    <message>
        <source>&amp;Import case files…</source>
        <translation>Falldateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Site configuration not used</source>
        <translation>Standortkonfiguration nicht verwendet</translation>
    </message>
    <message>
        <source>Case cannot be deleted</source>
        <translation>Fall kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Fall löschen</translation>
    </message>
    <message>
        <source>Delete this case permanently?

%1, record %2</source>
        <translation>Diesen Fall endgültig löschen?

%1, Fallnummer %2</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>Falldateien (*.json)</translation>
    </message>
    <message>
        <source>Case file not imported</source>
        <translation>Falldatei nicht importiert</translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation>Falldatei exportieren</translation>
    </message>
    <message>
        <source>‼ Daily backup failed: %1</source>
        <translation>‼ Tägliche Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Daily backup written: %1</source>
        <translation>Tägliche Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <source>About spinemet-desktop</source>
        <translation>Über spinemet-desktop</translation>
    </message>
    <message>
        <source>NOT SAVED: %1 — your edits are kept in memory and retried.</source>
        <translation>NICHT GESPEICHERT: %1 — Ihre Eingaben bleiben im Arbeitsspeicher erhalten; das Speichern wird wiederholt.</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Eingaben nicht gespeichert</translation>
    </message>
    <message>
        <source>The last edits could not be saved. Quit anyway and lose them?</source>
        <translation>Die letzten Eingaben konnten nicht gespeichert werden. Trotzdem beenden und sie verlieren?</translation>
    </message>
    <message>
        <source>%1 saved edit(s) are kept on this computer only: the server cannot be reached. They are sent when spinemet-desktop next starts on this computer. Quit now?</source>
        <translation>%1 gespeicherte Änderung(en) liegen nur auf diesem Computer: Der Server ist nicht erreichbar. Sie werden gesendet, wenn spinemet-desktop das nächste Mal auf diesem Computer startet. Jetzt beenden?</translation>
    </message>
    <message>
        <source>Audit trail of this case</source>
        <translation>Änderungsprotokoll dieses Falls</translation>
    </message>
    <message>
        <source>Cases are kept on the clinic&apos;s server: %1</source>
        <translation>Die Fälle liegen auf dem Server der Klinik: %1</translation>
    </message>
    <message>
        <source>Data stay on this computer: %1</source>
        <translation>Die Daten bleiben auf diesem Computer: %1</translation>
    </message>
    <message>
        <source>Edits not on the server</source>
        <translation>Änderungen nicht auf dem Server</translation>
    </message>
    <message>
        <source>Edits saved as a separate case</source>
        <translation>Änderungen als eigener Fall gespeichert</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>Falldateien importieren</translation>
    </message>
    <message>
        <source>%1 of %2 file(s) could not be imported:</source>
        <translation>%1 von %2 Datei(en) konnten nicht importiert werden:</translation>
    </message>
    <message>
        <source>Imported %1 case file(s); %2 not imported.</source>
        <translation>%1 Falldatei(en) importiert; %2 nicht importiert.</translation>
    </message>
    <message>
        <source>While this computer could not reach the server, the case %1 was deleted.</source>
        <translation>Während dieser Computer den Server nicht erreichen konnte, wurde der Fall %1 gelöscht.</translation>
    </message>
    <message>
        <source>While this computer could not reach the server, the case %1 was opened by %2 on %3 (since %4).</source>
        <translation>Während dieser Computer den Server nicht erreichen konnte, wurde der Fall %1 von %2 an %3 geöffnet (seit %4).</translation>
    </message>
    <message>
        <source>While this computer could not reach the server, the case %1 was changed by %2 on %3 (database role %5) at %4.</source>
        <translation>Während dieser Computer den Server nicht erreichen konnte, wurde der Fall %1 von %2 an %3 (Datenbankrolle %5) um %4 geändert.</translation>
    </message>
    <message>
        <source>Your %1 edit(s) kept on this computer were not written over it: they were saved as a separate case with the same patient (id %2). Compare the two cases and merge them by hand; both are in the case list.</source>
        <translation>Ihre %1 auf diesem Computer aufbewahrte(n) Änderung(en) haben diese Änderung nicht überschrieben: Sie wurden als eigener Fall mit derselben Patientin bzw. demselben Patienten gespeichert (ID %2). Vergleichen Sie die beiden Fälle und führen Sie sie von Hand zusammen; beide stehen in der Fallliste.</translation>
    </message>
    <message>
        <source>spinemet-desktop %1

Clinical basis: %2

Decision support — verify clinically. The treating physician decides.</source>
        <translation>spinemet-desktop %1

Klinische Grundlage: %2

Entscheidungsunterstützung — klinisch prüfen. Die Entscheidung trifft die behandelnde Ärztin bzw. der behandelnde Arzt.</translation>
    </message>
    <message>
        <source>Case database damaged</source>
        <translation>Falldatenbank beschädigt</translation>
    </message>
    <message>
        <source>The check of the case database found damage: %1

Quit spinemet-desktop now and enter nothing more: at the next start the damaged file is put aside (it is kept, never deleted) and the newest backup is offered. Edits made since that backup are only in the damaged file; your IT department may be able to recover them from it.</source>
        <translation>Die Prüfung der Falldatenbank hat eine Beschädigung gefunden: %1

Beenden Sie spinemet-desktop jetzt und geben Sie nichts mehr ein: Beim nächsten Start wird die beschädigte Datei beiseitegelegt (sie wird aufbewahrt, nie gelöscht) und die neueste Sicherung angeboten. Änderungen seit dieser Sicherung stehen nur in der beschädigten Datei; Ihre IT-Abteilung kann sie daraus möglicherweise wiederherstellen.</translation>
    </message>
    <message>
        <source>‼ The case database is damaged: %1</source>
        <translation>‼ Die Falldatenbank ist beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>NeurologyPage</name>
    <message>
        <source>Neurology (ISNCSCI)</source>
        <translation>Neurologie (ISNCSCI)</translation>
    </message>
    <message>
        <source>Examination shown</source>
        <translation>Angezeigte Untersuchung</translation>
    </message>
    <message>
        <source>Earlier examinations stay for the comparison; choose one to see or edit it</source>
        <translation>Frühere Untersuchungen bleiben für den Vergleich erhalten; eine auswählen, um sie anzusehen oder zu bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New examination</source>
        <translation>&amp;Neue Untersuchung</translation>
    </message>
    <message>
        <source>Start a new examination; the earlier one is kept for the comparison</source>
        <translation>Eine neue Untersuchung beginnen; die frühere bleibt für den Vergleich erhalten</translation>
    </message>
    <message>
        <source>Examination:</source>
        <translation>Untersuchung:</translation>
    </message>
    <message>
        <source>Worksheet message</source>
        <translation>Hinweis zum Worksheet</translation>
    </message>
    <message>
        <source>e.g. plexus injury, amputation, pain</source>
        <translation>z. B. Plexusläsion, Amputation, Schmerz</translation>
    </message>
    <message>
        <source>Fill rest of column as &amp;normal</source>
        <translation>Rest der Spalte als &amp;normal ausfüllen</translation>
    </message>
    <message>
        <source>Fill the empty cells below the current one in this column with the normal value</source>
        <translation>Die leeren Zellen unterhalb der aktuellen in dieser Spalte mit dem Normalwert füllen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Go to first &amp;missing cell</source>
        <translation>Zur ersten &amp;fehlenden Zelle</translation>
    </message>
    <message>
        <source>Move to the first worksheet cell that is still empty</source>
        <translation>Zur ersten noch leeren Zelle des Worksheets springen</translation>
    </message>
    <message>
        <source>Derived deficit class:</source>
        <translation>Abgeleiteter Schweregrad der Ausfälle:</translation>
    </message>
    <message>
        <source>time not set</source>
        <translation>Zeitpunkt nicht angegeben</translation>
    </message>
    <message>
        <source>Examination %1 — %2</source>
        <translation>Untersuchung %1 – %2</translation>
    </message>
    <message>
        <source>(no examination yet — typing starts one)</source>
        <translation>(noch keine Untersuchung – Eingabe beginnt eine)</translation>
    </message>
    <message>
        <source>Reason for %1 at %2 %3:</source>
        <translation>Grund für %1 bei %2 %3:</translation>
    </message>
    <message>
        <source>Reason for a starred value (select a starred cell):</source>
        <translation>Grund für einen Wert mit * (Zelle mit * auswählen):</translation>
    </message>
    <message>
        <source>VAC</source>
        <translation>VAC</translation>
    </message>
    <message>
        <source>DAP</source>
        <translation>DAP</translation>
    </message>
    <message>
        <source>No examination yet.</source>
        <translation>Noch keine Untersuchung.</translation>
    </message>
    <message>
        <source>Incomplete: %1 cells/fields missing</source>
        <translation>Unvollständig: %1 Zellen/Felder fehlen</translation>
    </message>
    <message>
        <source>Missing (select to go there):</source>
        <translation>Fehlend (auswählen, um dorthin zu springen):</translation>
    </message>
    <message>
        <source>Totals so far: %1</source>
        <translation>Bisherige Summen: %1</translation>
    </message>
    <message>
        <source>AIS: %1</source>
        <translation>AIS: %1</translation>
    </message>
    <message>
        <source>NLI: %1</source>
        <translation>NLI: %1</translation>
    </message>
    <message>
        <source>Complete/incomplete: %1</source>
        <translation>Komplett/inkomplett: %1</translation>
    </message>
    <message>
        <source>Sensory level R/L: %1 / %2</source>
        <translation>Sensibles Niveau R/L: %1 / %2</translation>
    </message>
    <message>
        <source>Motor level R/L: %1 / %2</source>
        <translation>Motorisches Niveau R/L: %1 / %2</translation>
    </message>
    <message>
        <source>UEMS %1, LEMS %2</source>
        <translation>UEMS %1, LEMS %2</translation>
    </message>
    <message>
        <source>LT %1, PP %2</source>
        <translation>LT %1, PP %2</translation>
    </message>
    <message>
        <source>Sensory ZPP R/L: %1 / %2</source>
        <translation>Sensible ZPP R/L: %1 / %2</translation>
    </message>
    <message>
        <source>Motor ZPP R/L: %1 / %2</source>
        <translation>Motorische ZPP R/L: %1 / %2</translation>
    </message>
    <message>
        <source>Starred values without a reason: %1</source>
        <translation>Werte mit * ohne Grund: %1</translation>
    </message>
    <message>
        <source>Compared with the previous exam:</source>
        <translation>Vergleich mit der Voruntersuchung:</translation>
    </message>
    <message>
        <source>Motor score %1 → %2 (%3)</source>
        <translation>Motorik-Score %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>DETERIORATION: %1</source>
        <translation>VERSCHLECHTERUNG: %1</translation>
    </message>
    <message>
        <source>ISNCSCI classification</source>
        <translation>ISNCSCI-Klassifikation</translation>
    </message>
    <message>
        <source>no examination</source>
        <translation>keine Untersuchung</translation>
    </message>
    <message>
        <source>%1 worksheet cells</source>
        <translation>%1 Worksheet-Zellen</translation>
    </message>
    <message>
        <source>reasons for %1 starred values</source>
        <translation>Gründe für %1 Werte mit *</translation>
    </message>
    <message>
        <source>ambulatory status</source>
        <translation>Gehfähigkeit</translation>
    </message>
    <message>
        <source>bladder/bowel function</source>
        <translation>Blasen-Mastdarm-Funktion</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>A number from %1 to %2; empty means not assessed.</source>
        <translation>Eine Zahl von %1 bis %2; leer bedeutet nicht erhoben.</translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation>eine Zahl eingeben</translation>
    </message>
    <message>
        <source>enter a whole number</source>
        <translation>eine ganze Zahl eingeben</translation>
    </message>
    <message>
        <source>allowed range %1–%2</source>
        <translation>erlaubter Bereich %1–%2</translation>
    </message>
    <message>
        <source>in steps of %1</source>
        <translation>in Schritten von %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override a derived value</source>
        <translation>Abgeleiteten Wert überschreiben</translation>
    </message>
    <message>
        <source>%1 — now: %2 (%3)</source>
        <translation>%1 – derzeit: %2 (%3)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>Value to use</source>
        <translation>Zu verwendender Wert</translation>
    </message>
    <message>
        <source>&amp;Value to use:</source>
        <translation>Zu verwendender &amp;Wert:</translation>
    </message>
    <message>
        <source>Reason for the override (required)</source>
        <translation>Grund für die Überschreibung (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (erforderlich):</translation>
    </message>
    <message>
        <source>The override is recorded with your user name and the time; the derived value stays visible next to it.</source>
        <translation>Die Überschreibung wird mit Ihrem Benutzernamen und der Uhrzeit protokolliert; der abgeleitete Wert bleibt daneben sichtbar.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>expanded; Space folds it away</source>
        <translation>aufgeklappt; Leertaste klappt zu</translation>
    </message>
    <message>
        <source>folded away; Space shows it</source>
        <translation>zugeklappt; Leertaste klappt auf</translation>
    </message>
    <message>
        <source>History and examination disagree</source>
        <translation>Anamnese und Untersuchung widersprechen sich</translation>
    </message>
    <message>
        <source>The form of this page; Tab moves through its fields.</source>
        <extracomment>The page&apos;s key in :data:`spinemet_desktop.ui.pages.PAGES`. The scroll area around the page&apos;s form, if it has one.</extracomment>
        <translation>Das Formular dieser Seite; Tab wechselt zwischen den Feldern.</translation>
    </message>
    <message>
        <source>Answers each open yes/no question of this group with No — each one is recorded; Undo takes them back. The keyboard focus then moves on to the next group</source>
        <extracomment>Captions longer than this are put above their field (a page in narrow columns puts more there). Every bound field by its address (spec key: &quot;imaging.lesion.*.escc&quot;, &quot;neuro.isncsci.vac&quot;). Hints under fields, by &quot;note name:address&quot; (the page fills them from the assessment). Derived displays (kind &quot;show&quot;) by address. Every built item by address (to show or hide it as its condition says). The foldable groups, and the section that holds each field. The &quot;all no&quot; shortcut of each group that has one. Where Enter moves from each line of the page (see :meth:`enter_moves_on`).</extracomment>
        <translation>Beantwortet jede offene Ja/Nein-Frage dieser Gruppe mit Nein — jede Antwort wird einzeln erfasst; Rückgängig nimmt sie zurück. Der Tastaturfokus springt dann zur nächsten Gruppe</translation>
    </message>
    <message>
        <source>Default: %1 (%2). Choose an answer above only to override it.</source>
        <translation>Vorgabe: %1 (%2). Oben nur dann eine Antwort wählen, wenn sie abweichen soll.</translation>
    </message>
    <message>
        <source>No default yet: %1</source>
        <translation>Noch keine Vorgabe: %1</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>%1 required answers missing</source>
        <translation>%1 erforderliche Angaben fehlen</translation>
    </message>
</context>
<context>
    <name>PatientHistoryPage</name>
    <message>
        <source>Patient &amp; history</source>
        <translation>Patient &amp; Anamnese</translation>
    </message>
    <message>
        <source>pathway (%1)</source>
        <extracomment>Captions longer than this (in the language shown) are put above their field. Hints that show the default a field takes until it is answered (clinical/derive.py): the field they belong to, and its answer vocabulary.</extracomment>
        <translation>Behandlungspfad (%1)</translation>
    </message>
    <message>
        <source>whether %1 is indicated</source>
        <translation>ob %1 indiziert ist</translation>
    </message>
    <message>
        <source>laboratory (%1)</source>
        <translation>Labor (%1)</translation>
    </message>
    <message>
        <source>red flags</source>
        <translation>Red Flags</translation>
    </message>
    <message>
        <source>Used by: %1.</source>
        <translation>Verwendet von: %1.</translation>
    </message>
    <message>
        <source>From the scores: %1</source>
        <translation>Aus den Scores: %1</translation>
    </message>
    <message>
        <source>‼ Red-flag back pain: take the full history and examine the whole spine (Empfehlung 8 and 9).</source>
        <translation>‼ Rückenschmerz mit Red Flags: vollständige Anamnese und Untersuchung der gesamten Wirbelsäule (Empfehlung 8 und 9).</translation>
    </message>
    <message>
        <source>No red flag.</source>
        <translation>Keine Red Flag.</translation>
    </message>
    <message>
        <source>? Red flags not fully assessed.</source>
        <translation>? Red Flags nicht vollständig beurteilt.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Not recorded yet — it is part of each neurological examination (page Neurology).</source>
        <translation>Noch nicht erfasst – sie gehört zu jeder neurologischen Untersuchung (Seite Neurologie).</translation>
    </message>
    <message>
        <source>%1 (latest neurological examination; change it on the page Neurology)</source>
        <translation>%1 (letzte neurologische Untersuchung; Änderung auf der Seite Neurologie)</translation>
    </message>
</context>
<context>
    <name>SpineMapWidget</name>
    <message>
        <source>Spine map</source>
        <extracomment>Pixels per design unit.</extracomment>
        <translation>Wirbelsäulenschema</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary &amp; referral</source>
        <translation>Zusammenfassung &amp; Überweisung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Urgency, decisions, recommendations with their reasons, warnings and every score; links open the details</source>
        <translation>Dringlichkeit, Entscheidungen, Empfehlungen mit Begründung, Warnhinweise und alle Scores; Links öffnen die Einzelheiten</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Language of the referral PDF</source>
        <translation>Sprache des Überweisungs-PDF</translation>
    </message>
    <message>
        <source>The referral and the FHIR export are written in this language</source>
        <translation>Überweisung und FHIR-Export werden in dieser Sprache geschrieben</translation>
    </message>
    <message>
        <source>Create referral &amp;PDF</source>
        <translation>Überweisungs-&amp;PDF erstellen</translation>
    </message>
    <message>
        <source>Write the referral for the spine centre, keep it with the case and open it</source>
        <translation>Die Überweisung an das Wirbelsäulenzentrum erstellen, beim Fall ablegen und öffnen</translation>
    </message>
    <message>
        <source>Export record (&amp;JSON)…</source>
        <translation>Datensatz exportieren (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Save the case with every computed result as a JSON file</source>
        <translation>Den Fall mit allen berechneten Ergebnissen als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;FHIR bundle…</source>
        <translation>&amp;FHIR-Bundle exportieren …</translation>
    </message>
    <message>
        <source>The referral as an HL7 FHIR R4 document bundle, in the report language</source>
        <translation>Die Überweisung als HL7-FHIR-R4-Dokument-Bundle, in der Sprache des Berichts</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Sprache des Berichts:</translation>
    </message>
    <message>
        <source>Referral PDFs created for this case</source>
        <translation>Für diesen Fall erstellte Überweisungs-PDFs</translation>
    </message>
    <message>
        <source>Enter opens the selected referral as it was created</source>
        <translation>Eingabe öffnet die ausgewählte Überweisung so, wie sie erstellt wurde</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds the referral PDF</source>
        <translation>Den Ordner öffnen, der das Überweisungs-PDF enthält</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Notes on the case
(end of the referral):</source>
        <translation>Notizen zum Fall
(am Ende der Überweisung):</translation>
    </message>
    <message>
        <source>Notes on the case</source>
        <translation>Notizen zum Fall</translation>
    </message>
    <message>
        <source>Free text over several lines, printed at the end of the referral</source>
        <translation>Freitext über mehrere Zeilen, am Ende der Überweisung gedruckt</translation>
    </message>
    <message>
        <source>Spine map and trend</source>
        <translation>Wirbelsäulenschema und Verlauf</translation>
    </message>
    <message>
        <source>The lesions, previous radiotherapy fields and neurological levels on the spine, and the serial examinations; each figure&apos;s description says the same in words</source>
        <translation>Läsionen, frühere Bestrahlungsfelder und neurologische Niveaus an der Wirbelsäule sowie die Verlaufsuntersuchungen; die Beschreibung jeder Abbildung sagt dasselbe in Worten</translation>
    </message>
    <message>
        <source>The case could not be saved; the PDF was not created.</source>
        <translation>Der Fall konnte nicht gespeichert werden; das PDF wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Creating the referral PDF…</source>
        <translation>Das Überweisungs-PDF wird erstellt …</translation>
    </message>
    <message>
        <source>The referral PDF could not be created: %1</source>
        <extracomment>Opens a file with the system viewer; replaced in tests.</extracomment>
        <translation>Das Überweisungs-PDF konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The PDF could not be stored: %1</source>
        <translation>Das PDF konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Created %1 (1 page, SHA-256 %3).</source>
        <translation>Erstellt %1 (1 Seite, SHA-256 %3).</translation>
    </message>
    <message>
        <source>Created %1 (%2 pages, SHA-256 %3).</source>
        <translation>Erstellt %1 (%2 Seiten, SHA-256 %3).</translation>
    </message>
    <message>
        <source>Characters the font lacks are shown as [U+…]: %1</source>
        <translation>Zeichen, die der Schrift fehlen, erscheinen als [U+…]: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>No program to show PDF files could be started. The file is kept at %1; open it from its folder or install a PDF viewer.</source>
        <translation>Es konnte kein Programm zum Anzeigen von PDF-Dateien gestartet werden. Die Datei liegt unter %1; bitte aus ihrem Ordner öffnen oder einen PDF-Betrachter installieren.</translation>
    </message>
    <message>
        <source>The folder could not be opened either: %1</source>
        <translation>Auch der Ordner konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 pages · by %4 · SHA-256 %5</source>
        <translation>%1 · %2 · %3 Seiten · von %4 · SHA-256 %5</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>The export could not be made: %1</source>
        <translation>Der Export konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Record written: %1</source>
        <translation>Datensatz geschrieben: %1</translation>
    </message>
    <message>
        <source>Export FHIR bundle</source>
        <translation>FHIR-Bundle exportieren</translation>
    </message>
    <message>
        <source>FHIR bundle (*.json)</source>
        <translation>FHIR-Bundle (*.json)</translation>
    </message>
    <message>
        <source>FHIR bundle written: %1</source>
        <translation>FHIR-Bundle geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>Free text; empty means not recorded.</source>
        <translation>Freitext; leer bedeutet nicht erfasst.</translation>
    </message>
</context>
<context>
    <name>TrendWidget</name>
    <message>
        <source>Trend of the serial examinations</source>
        <translation>Verlauf der Untersuchungen</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <source>Triage</source>
        <extracomment>Each page&apos;s translation context and title.</extracomment>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Short &amp;referral (PDF)</source>
        <extracomment>Three columns side by side: a caption longer than this goes above its field.</extracomment>
        <translation>&amp;Kurzüberweisung (PDF)</translation>
    </message>
    <message>
        <source>One page for the spine centre with what is known now and what was not yet assessed; kept with the case</source>
        <translation>Eine Seite für das Wirbelsäulenzentrum mit dem, was jetzt bekannt ist, und dem, was noch nicht erhoben wurde; wird beim Fall gespeichert</translation>
    </message>
    <message>
        <source>The first answer below starts the examination.</source>
        <translation>Die erste Antwort unten legt die Untersuchung an.</translation>
    </message>
    <message>
        <source>Bedside facts of the latest examination (%1 of %2, %3); a new one is started on the page Neurology.</source>
        <translation>Befunde der letzten Untersuchung (%1 von %2, %3); eine neue wird auf der Seite Neurologie angelegt.</translation>
    </message>
    <message>
        <source>The first answer below adds the lesion; further lesions on the page Imaging findings.</source>
        <translation>Die erste Antwort unten legt die Läsion an; weitere Läsionen auf der Seite Bildgebende Befunde.</translation>
    </message>
    <message>
        <source>Lesion 1 of %1 (%2); further lesions on the page Imaging findings.</source>
        <translation>Läsion 1 von %1 (%2); weitere Läsionen auf der Seite Bildgebende Befunde.</translation>
    </message>
    <message>
        <source>level not set</source>
        <translation>Höhe nicht angegeben</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Dringlichkeit: %1</translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation>Noch offen: %1</translation>
    </message>
    <message>
        <source>Each one opens its field</source>
        <translation>Jeder Eintrag öffnet sein Feld</translation>
    </message>
    <message>
        <source>Creating the short referral…</source>
        <extracomment>Opens a file with the system viewer; replaced in tests.</extracomment>
        <translation>Die Kurzüberweisung wird erstellt …</translation>
    </message>
    <message>
        <source>The short referral could not be created: %1</source>
        <translation>Die Kurzüberweisung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The case database could not be read: it is damaged (%1).

It has not been deleted: it was moved to %2. The program has started with an empty case database.</source>
        <extracomment>The full check of the store, then the daily backup, run this long after start, when the first window is up and idle. The case editor is built this long after the first window is shown (see MainWindow.editor). A case reopened after a crash that has been open this long did not crash the start.</extracomment>
        <translation>Die Falldatenbank konnte nicht gelesen werden: Sie ist beschädigt (%1).

Sie wurde nicht gelöscht, sondern nach %2 verschoben. Das Programm wurde mit einer leeren Falldatenbank gestartet.</translation>
    </message>
    <message>
        <source>Case database damaged</source>
        <translation>Falldatenbank beschädigt</translation>
    </message>
    <message>
        <source>There is no backup to restore. Ask your IT department: the damaged file may be repairable.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Wenden Sie sich an Ihre IT-Abteilung: Die beschädigte Datei lässt sich eventuell reparieren.</translation>
    </message>
    <message>
        <source>Restore the newest backup, from %1?</source>
        <translation>Die neueste Sicherung vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The case %1 was open when spinemet-desktop ended, and the program ended again each of the last %2 times it reopened it. It has not been reopened: open it from the case list (or export it for your IT department).</source>
        <translation>Der Fall %1 war geöffnet, als spinemet-desktop beendet wurde, und das Programm endete bei jedem der letzten %2 Male erneut, als es ihn wieder öffnete. Er wurde nicht wieder geöffnet: Öffnen Sie ihn aus der Fallliste (oder exportieren Sie ihn für Ihre IT-Abteilung).</translation>
    </message>
    <message>
        <source>spinemet-desktop was not closed properly (the program was ended or the computer lost power) while this case was open. It has been reopened with every edit saved up to %1.</source>
        <translation>spinemet-desktop wurde nicht ordnungsgemäß beendet (das Programm wurde abgebrochen oder der Computer verlor die Stromversorgung), während dieser Fall geöffnet war. Er wurde mit allen bis %1 gespeicherten Eingaben wieder geöffnet.</translation>
    </message>
    <message>
        <source>Case recovered</source>
        <translation>Fall wiederhergestellt</translation>
    </message>
    <message>
        <source>Case not reopened</source>
        <translation>Fall nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>The program&apos;s forms are damaged and it cannot be used: %1

Reinstall spinemet-desktop.</source>
        <translation>Die Formulare des Programms sind beschädigt, es kann nicht verwendet werden: %1

Bitte spinemet-desktop neu installieren.</translation>
    </message>
    <message>
        <source>Forms damaged</source>
        <translation>Formulare beschädigt</translation>
    </message>
    <message>
        <source>%1 edit(s) kept on this computer while the server could not be reached were sent to the server.</source>
        <translation>%1 Änderung(en), die auf diesem Computer aufbewahrt wurden, während der Server nicht erreichbar war, wurden an den Server gesendet.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Hospital record number</source>
        <translation>Patientennummer (PID)</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Date and time of assessment</source>
        <translation>Datum und Uhrzeit der Beurteilung</translation>
    </message>
    <message>
        <source>The time the findings refer to; intervals (e.g. since the deficit began) are counted to it.</source>
        <translation>Der Zeitpunkt, auf den sich die Befunde beziehen; Intervalle (z. B. seit Beginn der Ausfälle) werden bis dahin gezählt.</translation>
    </message>
    <message>
        <source>Referring ward</source>
        <translation>Zuweisende Station</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Zuweisende Ärztin / zuweisender Arzt</translation>
    </message>
    <message>
        <source>Phone for queries</source>
        <translation>Telefon für Rückfragen</translation>
    </message>
    <message>
        <source>Question to the spine centre</source>
        <translation>Fragestellung an das Wirbelsäulenzentrum</translation>
    </message>
    <message>
        <source>Red flags (guideline 6.1.2)</source>
        <translation>Red Flags (Leitlinie 6.1.2)</translation>
    </message>
    <message>
        <source>Clinical suspicion of cancer</source>
        <translation>Klinischer Verdacht auf eine Krebserkrankung</translation>
    </message>
    <message>
        <source>Red flag even without a known cancer (e.g. weight loss, B symptoms, unexplained anaemia).</source>
        <translation>Red Flag auch ohne bekannte Krebserkrankung (z. B. Gewichtsverlust, B-Symptomatik, unklare Anämie).</translation>
    </message>
    <message>
        <source>Red flags and warning features</source>
        <translation>Red Flags und Warnzeichen</translation>
    </message>
    <message>
        <source>Pain intensity (NRS 0–10)</source>
        <translation>Schmerzintensität (NRS 0–10)</translation>
    </message>
    <message>
        <source>Pain location</source>
        <translation>Schmerzlokalisierung</translation>
    </message>
    <message>
        <source>Pain quality and perception</source>
        <translation>Schmerzqualität und -empfinden</translation>
    </message>
    <message>
        <source>In the patient&apos;s words, e.g. dull, stabbing, burning, electric.</source>
        <translation>In den Worten der Patientin / des Patienten, z. B. dumpf, stechend, brennend, elektrisierend.</translation>
    </message>
    <message>
        <source>Type of pain</source>
        <translation>Schmerzart</translation>
    </message>
    <message>
        <source>Mechanical (load-dependent) or non-mechanical pain</source>
        <translation>Belastungsabhängige oder nicht belastungsabhängige Schmerzen</translation>
    </message>
    <message>
        <source>Night pain</source>
        <translation>Nächtliche Schmerzen</translation>
    </message>
    <message>
        <source>Pain at rest</source>
        <translation>Ruheschmerzen</translation>
    </message>
    <message>
        <source>Pain began on</source>
        <translation>Schmerzbeginn am</translation>
    </message>
    <message>
        <source>Course of pain</source>
        <translation>Schmerzverlauf</translation>
    </message>
    <message>
        <source>Sudden severe pain (possible fracture)</source>
        <translation>Plötzlich auftretende starke Schmerzen (mögliche Fraktur)</translation>
    </message>
    <message>
        <source>Neurological complaints</source>
        <translation>Neurologische Beschwerden</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>Numbness or other sensory disturbance</source>
        <translation>Taubheit oder andere Sensibilitätsstörung</translation>
    </message>
    <message>
        <source>Radicular pain</source>
        <translation>Radikuläre Schmerzen</translation>
    </message>
    <message>
        <source>Bladder or bowel complaints</source>
        <translation>Blasen- oder Mastdarmbeschwerden</translation>
    </message>
    <message>
        <source>Ambulatory status</source>
        <translation>Gehfähigkeit</translation>
    </message>
    <message>
        <source>Oncological history</source>
        <translation>Onkologische Anamnese</translation>
    </message>
    <message>
        <source>Known cancer</source>
        <translation>Bekannte Krebserkrankung</translation>
    </message>
    <message>
        <source>Primary tumour</source>
        <translation>Primärtumor</translation>
    </message>
    <message>
        <source>Histology</source>
        <translation>Histologie</translation>
    </message>
    <message>
        <source>Date of first diagnosis</source>
        <translation>Datum der Erstdiagnose</translation>
    </message>
    <message>
        <source>Known metastases (sites)</source>
        <translation>Bekannte Metastasen (Lokalisationen)</translation>
    </message>
    <message>
        <source>Current systemic therapy</source>
        <translation>Aktuelle Systemtherapie</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Previous systemic therapy</source>
        <translation>Frühere Systemtherapie</translation>
    </message>
    <message>
        <source>Radiosensitivity (override of the default from the primary)</source>
        <translation>Strahlensensibilität (Übersteuerung der Vorgabe aus dem Primärtumor)</translation>
    </message>
    <message>
        <source>Tumour growth (Tomita)</source>
        <translation>Tumorwachstum (Tomita)</translation>
    </message>
    <message>
        <source>Diagnosis unclear (metastasis vs primary bone tumour)</source>
        <translation>Diagnose unklar (Metastase oder primärer Knochentumor)</translation>
    </message>
    <message>
        <source>Oligometastatic (confirmed by the tumour board)</source>
        <translation>Oligometastasierung (von der interdisziplinären Tumorkonferenz bestätigt)</translation>
    </message>
    <message>
        <source>Previous radiotherapy of the spine</source>
        <translation>Vorbestrahlung der Wirbelsäule</translation>
    </message>
    <message>
        <source>Previous courses</source>
        <translation>Frühere Bestrahlungen</translation>
    </message>
    <message>
        <source>&apos;Not yet known&apos; while the lesion is not diagnosed; &apos;CUP&apos; only for a histologically proven metastasis whose primary was not found.</source>
        <translation>„Noch nicht bekannt“, solange die Läsion nicht diagnostisch gesichert ist; „CUP“ nur bei histologisch gesicherter Metastase ohne gefundenen Primärtumor.</translation>
    </message>
    <message>
        <source>General condition under this therapy</source>
        <translation>Allgemeinzustand unter dieser Therapie</translation>
    </message>
    <message>
        <source>Stable or improving under effective therapy: new uptake within 6 months may be a flare.</source>
        <translation>Stabil oder gebessert unter wirksamer Therapie: neue Anreicherung innerhalb von 6 Monaten kann ein Flare-Phänomen sein.</translation>
    </message>
    <message>
        <source>First and last level, total dose, fractions and date of each course; they decide re-irradiation.</source>
        <translation>Erste und letzte Höhe, Gesamtdosis, Fraktionen und Datum jeder Bestrahlung; sie entscheiden über eine Re-Bestrahlung.</translation>
    </message>
    <message>
        <source>Spinal-cord tolerance exhausted by prior radiotherapy</source>
        <translation>Toleranzdosis des Myelons durch Vorbestrahlung ausgereizt</translation>
    </message>
    <message>
        <source>Radiation oncologist: cord dose allows another course</source>
        <translation>Strahlentherapie: Myelondosis erlaubt eine weitere Bestrahlung</translation>
    </message>
    <message>
        <source>Only needed when a level already had more than one course.</source>
        <translation>Nur nötig, wenn eine Höhe schon mehr als eine Bestrahlung erhielt.</translation>
    </message>
    <message>
        <source>Further history (Empfehlung 8)</source>
        <translation>Weitere Anamnese (Empfehlung 8)</translation>
    </message>
    <message>
        <source>Previous trauma</source>
        <translation>Stattgehabtes Trauma</translation>
    </message>
    <message>
        <source>Local signs of inflammation</source>
        <translation>Lokale Entzündungszeichen</translation>
    </message>
    <message>
        <source>Redness, swelling or warmth over the spine.</source>
        <translation>Rötung, Schwellung oder Überwärmung über der Wirbelsäule.</translation>
    </message>
    <message>
        <source>Systemic signs of inflammation (e.g. fever)</source>
        <translation>Systemische Entzündungszeichen (z. B. Fieber)</translation>
    </message>
    <message>
        <source>Infections</source>
        <translation>Infektionen</translation>
    </message>
    <message>
        <source>Bone-metabolism disorder</source>
        <translation>Erkrankung des Knochenstoffwechsels</translation>
    </message>
    <message>
        <source>Osteoporosis, Paget&apos;s disease, renal osteodystrophy, hyperparathyroidism.</source>
        <translation>Osteoporose, Morbus Paget, renale Osteodystrophie, Hyperparathyreoidismus.</translation>
    </message>
    <message>
        <source>Which bone-metabolism disorder</source>
        <translation>Welche Erkrankung des Knochenstoffwechsels</translation>
    </message>
    <message>
        <source>Osteoporotic bone</source>
        <translation>Osteoporotische Knochenqualität</translation>
    </message>
    <message>
        <source>Known osteoporosis or osteoporotic bone quality: pedicle screws are then cement-augmented (E64).</source>
        <translation>Bekannte Osteoporose oder osteoporotische Knochenqualität: Pedikelschrauben werden dann zementaugmentiert (E64).</translation>
    </message>
    <message>
        <source>Hyperparathyroidism or end-stage renal disease</source>
        <translation>Hyperparathyreoidismus oder terminale Niereninsuffizienz</translation>
    </message>
    <message>
        <source>Previous spinal interventions</source>
        <translation>Durchgeführte Interventionen an der Wirbelsäule</translation>
    </message>
    <message>
        <source>Which interventions, when</source>
        <translation>Welche Interventionen, wann</translation>
    </message>
    <message>
        <source>Weight loss or cachexia</source>
        <translation>Gewichtsverlust, Kachexie</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikation</translation>
    </message>
    <message>
        <source>Anticoagulant or antiplatelet drugs</source>
        <translation>Antikoagulanzien / Thrombozytenaggregationshemmer</translation>
    </message>
    <message>
        <source>Which drug and last dose</source>
        <translation>Welches Medikament, letzte Einnahme</translation>
    </message>
    <message>
        <source>Current medication plan</source>
        <translation>Aktueller Medikamentenplan</translation>
    </message>
    <message>
        <source>Glucocorticoid given</source>
        <translation>Glukokortikoid gegeben</translation>
    </message>
    <message>
        <source>Glucocorticoid dose (mg dexamethasone equivalent)</source>
        <translation>Glukokortikoid-Dosis (mg Dexamethason-Äquivalent)</translation>
    </message>
    <message>
        <source>Glucocorticoid given at</source>
        <translation>Glukokortikoid gegeben um</translation>
    </message>
    <message>
        <source>Differential diagnoses to exclude (guideline 6.1.1)</source>
        <translation>Differentialdiagnosen (Leitlinie 6.1.1)</translation>
    </message>
    <message>
        <source>Yes: still to be excluded. No: not relevant here or already excluded.</source>
        <translation>Ja: noch auszuschließen. Nein: hier nicht relevant oder bereits ausgeschlossen.</translation>
    </message>
    <message>
        <source>Osteoporotic fracture or other metabolic bone disease (e.g. Paget&apos;s disease)</source>
        <translation>Osteoporose oder andere Erkrankung des Knochenstoffwechsels (z. B. Osteodystrophia deformans)</translation>
    </message>
    <message>
        <source>Spinal infection (spondylodiscitis)</source>
        <translation>Infektion der Wirbelsäule (Spondylodiszitis)</translation>
    </message>
    <message>
        <source>Haematological neoplasm (myeloma, lymphoma)</source>
        <translation>Hämatologische Neoplasie (multiples Myelom, Lymphom)</translation>
    </message>
    <message>
        <source>Primary bone tumour</source>
        <translation>Primärer Knochentumor</translation>
    </message>
    <message>
        <source>Benign bone lesion (e.g. haemangioma)</source>
        <translation>Benigne Knochenläsion (z. B. Hämangiom)</translation>
    </message>
    <message>
        <source>Destructive degenerative changes</source>
        <translation>Degenerative Veränderungen</translation>
    </message>
    <message>
        <source>Traumatic fracture</source>
        <translation>Traumatische Fraktur</translation>
    </message>
    <message>
        <source>Inflammatory disease (e.g. ankylosing spondylitis)</source>
        <translation>Entzündliche Erkrankung (z. B. Spondylitis ankylosans)</translation>
    </message>
    <message>
        <source>Vascular lesion (e.g. arteriovenous malformation)</source>
        <translation>Vaskuläre Läsion (z. B. arterio-venöse Malformation)</translation>
    </message>
    <message>
        <source>Brown tumour (hyperparathyroidism)</source>
        <translation>Brauner Tumor</translation>
    </message>
    <message>
        <source>General condition and operability</source>
        <translation>Allgemeinzustand und Operabilität</translation>
    </message>
    <message>
        <source>For the pathway and the scores</source>
        <translation>Für den Behandlungspfad und die Scores</translation>
    </message>
    <message>
        <source>No neurological complaints</source>
        <translation>Keine neurologischen Beschwerden</translation>
    </message>
    <message>
        <source>Pain character and course</source>
        <translation>Schmerzcharakter und -verlauf</translation>
    </message>
    <message>
        <source>Karnofsky index</source>
        <translation>Karnofsky-Index</translation>
    </message>
    <message>
        <source>Enter what was assessed; Karnofsky and ECOG are never converted into each other.</source>
        <translation>Eingeben, was erhoben wurde; Karnofsky und ECOG werden nie ineinander umgerechnet.</translation>
    </message>
    <message>
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <source>ASA class</source>
        <translation>ASA-Klassifikation</translation>
    </message>
    <message>
        <source>Operable (anaesthesia&apos;s judgement)</source>
        <translation>Operabel (Einschätzung der Anästhesie)</translation>
    </message>
    <message>
        <source>Patient&apos;s wish: agrees to surgery</source>
        <translation>Wunsch der Patientin / des Patienten: Einwilligung in eine Operation</translation>
    </message>
    <message>
        <source>Survival prognosis (clinician&apos;s estimate; empty = from the scores)</source>
        <translation>Überlebensprognose (ärztliche Einschätzung; leer = aus den Scores)</translation>
    </message>
    <message>
        <source>History checklist (Empfehlung 8)</source>
        <translation>Anamnese-Checkliste (Empfehlung 8)</translation>
    </message>
    <message>
        <source>Pain (Empfehlung 8)</source>
        <translation>Schmerz (Empfehlung 8)</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Nichts davon</translation>
    </message>
    <message>
        <source>None still to be excluded</source>
        <translation>Keine mehr auszuschließen</translation>
    </message>
    <message>
        <source>Staging (whole case)</source>
        <translation>Ausbreitungsdiagnostik/Staging (ganzer Fall)</translation>
    </message>
    <message>
        <source>Number of vertebrae with metastases</source>
        <translation>Anzahl der befallenen Wirbelkörper</translation>
    </message>
    <message>
        <source>Extraspinal bone metastasis foci</source>
        <translation>Extraspinale Knochenmetastasen (Herde)</translation>
    </message>
    <message>
        <source>Visceral metastases</source>
        <translation>Viszerale Metastasen</translation>
    </message>
    <message>
        <source>Brain metastases</source>
        <translation>Hirnmetastasen</translation>
    </message>
    <message>
        <source>Staging complete</source>
        <translation>Staging vollständig</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>Läsion</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>To level (if several)</source>
        <translation>Bis Höhe (bei mehreren)</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>The imaging on which the lesion was found (an isolated lesion counts only from a bone scan or PET).</source>
        <translation>Die Bildgebung, in der die Läsion gefunden wurde (eine solitäre Läsion zählt nur aus Skelettszintigrafie oder PET).</translation>
    </message>
    <message>
        <source>Date of imaging</source>
        <translation>Datum der Bildgebung</translation>
    </message>
    <message>
        <source>SINS location (override; empty = from level)</source>
        <translation>SINS-Lokalisierung (Überschreibung; leer = aus der Höhe)</translation>
    </message>
    <message>
        <source>SINS pain</source>
        <translation>SINS Schmerz</translation>
    </message>
    <message>
        <source>SINS bone lesion</source>
        <translation>SINS Knochenläsion</translation>
    </message>
    <message>
        <source>SINS alignment</source>
        <translation>SINS Wirbelsäulenformation</translation>
    </message>
    <message>
        <source>SINS vertebral body collapse</source>
        <translation>SINS Wirbelkörpereinbruch</translation>
    </message>
    <message>
        <source>SINS posterolateral involvement</source>
        <translation>SINS posterolaterale Involvierung</translation>
    </message>
    <message>
        <source>ESCC (Bilsky) grade</source>
        <translation>ESCC-Grad (Bilsky)</translation>
    </message>
    <message>
        <source>Tomita SCST type (provisional)</source>
        <translation>SCST-Typ nach Tomita (vorläufig)</translation>
    </message>
    <message>
        <source>Pathological fracture</source>
        <translation>Pathologische Fraktur</translation>
    </message>
    <message>
        <source>(Threatening) unstable fracture</source>
        <translation>(Drohende) instabile Fraktur</translation>
    </message>
    <message>
        <source>Bone fragments in the canal</source>
        <translation>Intraspinale Knochenfragmente</translation>
    </message>
    <message>
        <source>Hypervascular</source>
        <translation>Hypervaskularisiert</translation>
    </message>
    <message>
        <source>Largest diameter (mm)</source>
        <translation>Größter Durchmesser (mm)</translation>
    </message>
    <message>
        <source>New or increased uptake (bone scan / PET)</source>
        <translation>Neue oder verstärkte Anreicherung (Skelettszintigraphie / PET)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Examined at</source>
        <translation>Untersucht am</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Untersucher/in</translation>
    </message>
    <message>
        <source>Sacral function and non-key muscles</source>
        <translation>Sakrale Funktion und Nicht-Kennmuskeln</translation>
    </message>
    <message>
        <source>Voluntary anal contraction (VAC)</source>
        <translation>Willkürliche anale Kontraktion (VAC)</translation>
    </message>
    <message>
        <source>Deep anal pressure (DAP)</source>
        <translation>Tiefes anales Druckempfinden (DAP)</translation>
    </message>
    <message>
        <source>Lowest non-key muscle with motor function (right)</source>
        <translation>Tiefster Nicht-Kennmuskel mit motorischer Funktion (rechts)</translation>
    </message>
    <message>
        <source>Lowest non-key muscle with motor function (left)</source>
        <translation>Tiefster Nicht-Kennmuskel mit motorischer Funktion (links)</translation>
    </message>
    <message>
        <source>Comments (e.g. reasons for non-SCI marks)</source>
        <translation>Kommentare (z. B. Gründe für nicht rückenmarksbedingte Beeinträchtigungen)</translation>
    </message>
    <message>
        <source>Bedside facts</source>
        <translation>Befunde am Krankenbett</translation>
    </message>
    <message>
        <source>Bladder and bowel function</source>
        <translation>Blasen- und Mastdarmfunktion</translation>
    </message>
    <message>
        <source>Deficit began at</source>
        <translation>Beginn der Ausfälle</translation>
    </message>
    <message>
        <source>Rapidly progressive deficit</source>
        <translation>Rasch progrediente neurologische Ausfallssymptomatik</translation>
    </message>
    <message>
        <source>Deficit class (override; empty = derived)</source>
        <translation>Schweregrad der Ausfälle (Überschreibung; leer = abgeleitet)</translation>
    </message>
    <message>
        <source>Frankel grade (override; empty = from AIS)</source>
        <translation>Frankel-Grad (Überschreibung; leer = aus dem AIS)</translation>
    </message>
    <message>
        <source>Neurology now</source>
        <translation>Neurologie aktuell</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Krebserkrankung</translation>
    </message>
    <message>
        <source>Imaging (the main lesion)</source>
        <translation>Bildgebung (die führende Läsion)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Where known; when not, the urgency is kept and the spine centre&apos;s anaesthetist assesses.</source>
        <translation>Soweit bekannt; sonst bleibt die Dringlichkeit bestehen, und die Anästhesie des Wirbelsäulenzentrums beurteilt.</translation>
    </message>
    <message>
        <source>Patient (for the referral)</source>
        <translation>Patient/-in (für die Überweisung)</translation>
    </message>
    <message>
        <source>Typical adult reference ranges, not those of your laboratory: check them against your laboratory&apos;s report, or have them set in the site configuration.</source>
        <translation>Typische Referenzbereiche für Erwachsene, nicht die Ihres Labors: mit dem Laborbefund abgleichen oder in der Standortkonfiguration hinterlegen lassen.</translation>
    </message>
    <message>
        <source>Minimum panel (Empfehlung 14, sollte)</source>
        <translation>Mindestens zu erhebende Laborparameter (Empfehlung 14, sollte)</translation>
    </message>
    <message>
        <source>Albumin and kidney function</source>
        <translation>Albumin und Nierenfunktion</translation>
    </message>
    <message>
        <source>Optional tests if indicated (Empfehlung 14, kann)</source>
        <translation>Optionale Laborparameter bei Indikation (Empfehlung 14, kann)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Breast</source>
        <extracomment>Marks that carry urgency and timing in text, so that nothing depends on colour alone.</extracomment>
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
        <source>re-irradiation (after the cumulative-dose check)</source>
        <translation>Re-Bestrahlung (nach Prüfung der kumulativen Dosis)</translation>
    </message>
    <message>
        <source>only after histology</source>
        <translation>erst nach Histologie</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Category answers of the survival scores (Tomita, Tokuhashi, van der Linden, Rades).</extracomment>
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
        <source>immediate (MRI and/or CT)</source>
        <extracomment>Values whose wording depends on the output (glossary §9: &quot;Bildgebung im Routineablauf&quot;, &quot;reguläre Vorstellung&quot;): looked up before :data:`OUTPUT_VALUES`.</extracomment>
        <translation>unmittelbar (MRT und/oder CT)</translation>
    </message>
    <message>
        <source>prompt, not necessarily immediate</source>
        <translation>zeitnah, aber nicht zwingend unmittelbar</translation>
    </message>
    <message>
        <source>in the routine course (outpatient possible)</source>
        <translation>im Routineablauf (ambulant möglich)</translation>
    </message>
    <message>
        <source>immediate presentation</source>
        <translation>unmittelbare Vorstellung</translation>
    </message>
    <message>
        <source>interdisciplinary tumour board</source>
        <translation>interdisziplinäre Tumorkonferenz</translation>
    </message>
    <message>
        <source>routine referral</source>
        <translation>reguläre Vorstellung</translation>
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
        <source>breast cancer</source>
        <extracomment>The pathway&apos;s groups of primary tumours (clinical.pathway.from_case.PATHWAY_PRIMARY), worded as the glossary words them.</extracomment>
        <translation>Mammakarzinom</translation>
    </message>
    <message>
        <source>prostate cancer</source>
        <translation>Prostatakarzinom</translation>
    </message>
    <message>
        <source>lung cancer</source>
        <translation>Lungenkarzinom</translation>
    </message>
    <message>
        <source>renal cell carcinoma</source>
        <translation>Nierenzellkarzinom</translation>
    </message>
    <message>
        <source>thyroid cancer</source>
        <translation>Schilddrüsenkarzinom</translation>
    </message>
    <message>
        <source>colorectal cancer</source>
        <translation>kolorektales Karzinom</translation>
    </message>
    <message>
        <source>malignant melanoma</source>
        <translation>malignes Melanom</translation>
    </message>
    <message>
        <source>multiple myeloma</source>
        <translation>multiples Myelom</translation>
    </message>
    <message>
        <source>lymphoma</source>
        <translation>Lymphom</translation>
    </message>
    <message>
        <source>sarcoma</source>
        <translation>Sarkom</translation>
    </message>
    <message>
        <source>primary tumour unknown</source>
        <translation>Primärtumor unbekannt</translation>
    </message>
    <message>
        <source>other primary tumour</source>
        <translation>anderer Primärtumor</translation>
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
        <translation>gering (wenig strahlensensibel)</translation>
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
        <source>somatic (sharp, well localised)</source>
        <translation>somatisch (scharf, gut lokalisiert)</translation>
    </message>
    <message>
        <source>neuropathic (burning, stabbing, radiating)</source>
        <translation>neuropathisch (brennend, stechend, ausstrahlend)</translation>
    </message>
    <message>
        <source>sudden severe onset (possible fracture)</source>
        <translation>plötzlich und stark (mögliche Fraktur)</translation>
    </message>
    <message>
        <source>progressive over weeks to months</source>
        <translation>zunehmend über Wochen bis Monate</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>rückläufig</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>worsening</source>
        <translation>verschlechtert</translation>
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
        <translation>halbrigid (T3–T10)</translation>
    </message>
    <message>
        <source>rigid (S2–S5)</source>
        <translation>rigid (S2–S5)</translation>
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
        <source>Vitamin D (25-OH)</source>
        <translation>Vitamin-D-Spiegel</translation>
    </message>
    <message>
        <source>Parathyroid hormone (PTH)</source>
        <translation>Parathormon (PTH)</translation>
    </message>
    <message>
        <source>Protein electrophoresis</source>
        <translation>Plasmaelektrophorese</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>Cancer of unknown primary (CUP, histologically proven)</source>
        <translation>CUP-Syndrom (histologisch gesicherte Metastase, Primärtumor unbekannt)</translation>
    </message>
    <message>
        <source>Not yet known (lesion not yet diagnosed)</source>
        <translation>Noch nicht bekannt (Läsion noch nicht diagnostisch gesichert)</translation>
    </message>
    <message>
        <source>blastic</source>
        <translation>blastisch</translation>
    </message>
    <message>
        <source>subluxation/translation</source>
        <translation>Subluxation/Translation</translation>
    </message>
    <message>
        <source>de novo deformity (kyphosis/scoliosis)</source>
        <translation>Deformation (Kyphose / Skoliose)</translation>
    </message>
    <message>
        <source>normal alignment</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>&gt; 50 % collapse</source>
        <translation>Einbruch &gt; 50 %</translation>
    </message>
    <message>
        <source>&lt; 50 % collapse</source>
        <translation>Einbruch &lt; 50 %</translation>
    </message>
    <message>
        <source>no collapse, &gt; 50 % of body involved</source>
        <translation>keine Höhenminderung, &gt; 50 % des Wirbelkörpers befallen</translation>
    </message>
    <message>
        <source>none of the above</source>
        <translation>keine der obigen</translation>
    </message>
    <message>
        <source>bilateral</source>
        <translation>beidseitig</translation>
    </message>
    <message>
        <source>unilateral</source>
        <translation>unilateral</translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>The lowest non-key muscle with motor function, named by its key-muscle segment (ISNCSCI 2019).</extracomment>
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
        <source>treatable</source>
        <translation>behandelbar</translation>
    </message>
    <message>
        <source>untreatable</source>
        <translation>nicht behandelbar</translation>
    </message>
    <message>
        <source>solitary</source>
        <translation>solitär</translation>
    </message>
    <message>
        <source>multiple</source>
        <translation>multipel</translation>
    </message>
    <message>
        <source>lung</source>
        <translation>Lunge</translation>
    </message>
    <message>
        <source>osteosarcoma</source>
        <translation>Osteosarkom</translation>
    </message>
    <message>
        <source>stomach</source>
        <translation>Magen</translation>
    </message>
    <message>
        <source>bladder</source>
        <translation>Harnblase</translation>
    </message>
    <message>
        <source>oesophagus</source>
        <translation>Ösophagus</translation>
    </message>
    <message>
        <source>pancreas</source>
        <translation>Pankreas</translation>
    </message>
    <message>
        <source>liver</source>
        <translation>Leber</translation>
    </message>
    <message>
        <source>gallbladder</source>
        <translation>Gallenblase</translation>
    </message>
    <message>
        <source>unidentified</source>
        <translation>nicht identifiziert</translation>
    </message>
    <message>
        <source>kidney</source>
        <translation>Niere</translation>
    </message>
    <message>
        <source>uterus</source>
        <translation>Uterus</translation>
    </message>
    <message>
        <source>rectum</source>
        <translation>Rektum</translation>
    </message>
    <message>
        <source>thyroid</source>
        <translation>Schilddrüse</translation>
    </message>
    <message>
        <source>breast</source>
        <translation>Mamma</translation>
    </message>
    <message>
        <source>prostate</source>
        <translation>Prostata</translation>
    </message>
    <message>
        <source>carcinoid</source>
        <translation>Karzinoid</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>myeloma or lymphoma</source>
        <translation>Myelom oder Lymphom</translation>
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
        <source>Quick (prothrombin time)</source>
        <translation>Quick</translation>
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
        <source>eGFR</source>
        <translation>eGFR</translation>
    </message>
    <message>
        <source>Alkaline phosphatase</source>
        <translation>Alkalische Phosphatase</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>possible: %1; missing: %2</source>
        <extracomment>The rules behind the value with their lesions (&quot;B15 (L1), B25 (T6)&quot;) and the advice. What the value plans for until it is recorded (S2, S3, S5), and each lesion&apos;s own answer where the lesions differ (S4); for an undetermined output what is possible and missing. The rule ids (&quot;C3, A2&quot;), the guideline references, the lesions it is about. A key naming the rules (for a &quot;why?&quot; link) and the reasons: each rule&apos;s title and facts. How the table was checked, and what is still doubtful (shown on demand, not on the PDF). Cells of the worksheet that belong to no muscle (row, column), greyed in print. What was not yet assessed (empty when the forms are complete).</extracomment>
        <translation>möglich: %1; fehlt: %2</translation>
    </message>
    <message>
        <source>incomplete — missing: %1</source>
        <extracomment>Local code systems (URNs, documented in docs/fhir.md): no public code exists for these concepts. LOINC codes for the two performance scales (issue 12); every other score uses CS_SCORE. Urgency level → ServiceRequest.priority (FHIR request-priority: routine | urgent | asap | stat).</extracomment>
        <translation>unvollständig – es fehlt: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>verified (secondary sources)</source>
        <translation>verifiziert (Sekundärquellen)</translation>
    </message>
    <message>
        <source>PROVISIONAL — table not yet verified against the primary paper</source>
        <translation>VORLÄUFIG – Tabelle noch nicht anhand der Originalpublikation verifiziert</translation>
    </message>
    <message>
        <source>not available — table not verified</source>
        <translation>nicht verfügbar – Tabelle nicht verifiziert</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>AIS not applicable: no spinal cord injury documented (all segments normal)</source>
        <translation>AIS nicht zutreffend: keine Rückenmarksschädigung dokumentiert (alle Segmente normal)</translation>
    </message>
    <message>
        <source>no examination recorded</source>
        <translation>keine Untersuchung erfasst</translation>
    </message>
    <message>
        <source>worksheet incomplete (%1 cells/fields missing)</source>
        <translation>Worksheet unvollständig (%1 Zellen/Felder fehlen)</translation>
    </message>
    <message>
        <source>%1, NLI %2, UEMS %3, LEMS %4</source>
        <translation>%1, NLI %2, UEMS %3, LEMS %4</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Defizit</translation>
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
        <source>rapidly progressive</source>
        <translation>rasch progredient</translation>
    </message>
    <message>
        <source>not rapidly progressive</source>
        <translation>nicht rasch progredient</translation>
    </message>
    <message>
        <source>progression not recorded</source>
        <translation>Progredienz nicht erfasst</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>Läsion</translation>
    </message>
    <message>
        <source>no lesion recorded</source>
        <translation>keine Läsion erfasst</translation>
    </message>
    <message>
        <source>All lesions</source>
        <translation>Alle Läsionen</translation>
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
        <extracomment>The decisions the short referral always shows (the others once they are determined).</extracomment>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>no reference range</source>
        <translation>kein Referenzbereich</translation>
    </message>
    <message>
        <source>corrected calcium %1</source>
        <translation>korrigiertes Kalzium %1</translation>
    </message>
    <message>
        <source>Lab flag</source>
        <translation>Laborhinweis</translation>
    </message>
    <message>
        <source>Minimum panel missing</source>
        <translation>Fehlende Basislaborwerte</translation>
    </message>
    <message>
        <source>mild hypercalcaemia</source>
        <extracomment>The outputs on page 1, in the order a receiving surgeon reads them. The labs page 1 shows. Advice shown with the urgent part of page 1; the rest is the further plan or background. Lab flags among the warnings of page 1; a mild hypercalcaemia is named only with the values (S12). The grade of a hypercalcaemia, named with the key labs (pathway.md §11 S12).</extracomment>
        <translation>leichte Hyperkalzämie</translation>
    </message>
    <message>
        <source>moderate hypercalcaemia</source>
        <translation>mittelschwere Hyperkalzämie</translation>
    </message>
    <message>
        <source>severe hypercalcaemia</source>
        <translation>schwere Hyperkalzämie</translation>
    </message>
    <message>
        <source>History and examination</source>
        <translation>Anamnese und Untersuchung</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>right upper-limb motor</source>
        <extracomment>The totals of an incomplete worksheet (clinical.isncsci.classify), in the worksheet&apos;s words.</extracomment>
        <translation>Motorik obere Extremität rechts</translation>
    </message>
    <message>
        <source>left upper-limb motor</source>
        <translation>Motorik obere Extremität links</translation>
    </message>
    <message>
        <source>right lower-limb motor</source>
        <translation>Motorik untere Extremität rechts</translation>
    </message>
    <message>
        <source>left lower-limb motor</source>
        <translation>Motorik untere Extremität links</translation>
    </message>
    <message>
        <source>right light touch</source>
        <translation>leichte Berührung rechts</translation>
    </message>
    <message>
        <source>left light touch</source>
        <translation>leichte Berührung links</translation>
    </message>
    <message>
        <source>right pin prick</source>
        <translation>Spitz-Stumpf-Diskrimination rechts</translation>
    </message>
    <message>
        <source>left pin prick</source>
        <translation>Spitz-Stumpf-Diskrimination links</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>not possible: %1 cells/fields missing</source>
        <translation>nicht möglich: %1 Zellen/Felder fehlen</translation>
    </message>
    <message>
        <source>Partial totals</source>
        <translation>Teilsummen</translation>
    </message>
    <message>
        <source>AIS / complete or incomplete</source>
        <translation>AIS / komplett oder inkomplett</translation>
    </message>
    <message>
        <source>Neurological level of injury</source>
        <translation>Neurologisches Läsionsniveau (NLI)</translation>
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
        <translation>Summen leichte Berührung / Spitz-Stumpf</translation>
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
        <source>Level</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Patient</source>
        <extracomment>What an address names that no form declares as one field: a page, a list, the worksheet.</extracomment>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Neurological examination</source>
        <translation>Neurologische Untersuchung</translation>
    </message>
    <message>
        <source>ISNCSCI worksheet</source>
        <translation>ISNCSCI-Worksheet</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>Läsionen</translation>
    </message>
    <message>
        <source>R motor</source>
        <extracomment>The worksheet&apos;s columns as the referral&apos;s worksheet names them.</extracomment>
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
        <source>Notes on the case</source>
        <extracomment>Parts of the case file outside the sections, as the audit trail names them.</extracomment>
        <translation>Notizen zum Fall</translation>
    </message>
    <message>
        <source>Values set by the clinician (overrides)</source>
        <translation>Von der Ärztin bzw. dem Arzt gesetzte Werte (Überschreibungen)</translation>
    </message>
    <message>
        <source>examination %1</source>
        <extracomment>Which examination or lesion of the case an audit entry is about.</extracomment>
        <translation>Untersuchung %1</translation>
    </message>
    <message>
        <source>lesion %1</source>
        <translation>Läsion %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Reasons for starred values</source>
        <translation>Begründungen für markierte (*) Werte</translation>
    </message>
    <message>
        <source>Starred values without a reason</source>
        <translation>Markierte (*) Werte ohne Begründung</translation>
    </message>
    <message>
        <source>Compared with the previous exam (%1)</source>
        <translation>Im Vergleich zur vorigen Untersuchung (%1)</translation>
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
        <source>Examination of %1</source>
        <translation>Untersuchung vom %1</translation>
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
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering (wenig strahlensensibel)</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenzbereich</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 not assessed</source>
        <translation>%1 nicht beurteilt</translation>
    </message>
    <message>
        <source>Differential diagnoses still to exclude</source>
        <translation>Noch auszuschließende Differenzialdiagnosen</translation>
    </message>
    <message>
        <source>not assessed: %1</source>
        <translation>nicht beurteilt: %1</translation>
    </message>
    <message>
        <source>Red flags (6.1.2)</source>
        <translation>Red Flags (6.1.2)</translation>
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
        <source>%1 fractions</source>
        <translation>%1 Fraktionen</translation>
    </message>
    <message>
        <source>fractions not recorded</source>
        <translation>Fraktionen nicht erfasst</translation>
    </message>
    <message>
        <source>Facts that would change the result</source>
        <translation>Angaben, die das Ergebnis ändern würden</translation>
    </message>
    <message>
        <source>Planned for the worse until recorded</source>
        <translation>Bis zur Erfassung vom ungünstigeren Fall ausgegangen</translation>
    </message>
    <message>
        <source>Lesion %1</source>
        <translation>Läsion %1</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Ausbreitungsdiagnostik/Staging</translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation>nicht erfasst: %1</translation>
    </message>
    <message>
        <source>History (Empfehlung 8)</source>
        <translation>Anamnese (Empfehlung 8)</translation>
    </message>
    <message>
        <source>%1 of %2 required answers not recorded</source>
        <translation>%1 von %2 erforderlichen Angaben nicht erfasst</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Scores not yet complete</source>
        <translation>Noch unvollständige Scores</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
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
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Patient and referrer</source>
        <translation>Patient/-in und Zuweisende</translation>
    </message>
    <message>
        <source>Tumour, lesion and general condition</source>
        <translation>Tumor, Läsion und Allgemeinzustand</translation>
    </message>
    <message>
        <source>Recommendations now and within 24 h (guideline numbers in brackets)</source>
        <translation>Empfehlungen sofort und innerhalb von 24 h (Nummern der Leitlinie in Klammern)</translation>
    </message>
    <message>
        <source>Further plan</source>
        <translation>Weiteres Vorgehen</translation>
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
        <source>No lesion recorded.</source>
        <translation>Keine Läsion erfasst.</translation>
    </message>
    <message>
        <source>Not available — table not verified</source>
        <translation>Nicht verfügbar – Tabelle nicht verifiziert</translation>
    </message>
    <message>
        <source>Decision trace of the guideline pathway</source>
        <translation>Entscheidungsweg nach der Leitlinie</translation>
    </message>
    <message>
        <source>Rules that fired, with the facts they used:</source>
        <translation>Angewendete Regeln mit den verwendeten Angaben:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>No lab values recorded.</source>
        <translation>Keine Laborwerte erfasst.</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>inferred, not stated in the guideline</source>
        <translation>abgeleitet – nicht wörtlich in der Leitlinie</translation>
    </message>
    <message>
        <source>Short referral — spinal metastases (triage)</source>
        <translation>Kurzüberweisung — Wirbelsäulenmetastasen (Triage)</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Noch nicht erhoben</translation>
    </message>
    <message>
        <source>Made from the facts known at triage; the full referral follows when the forms are complete.</source>
        <translation>Erstellt aus den bei der Triage bekannten Angaben; die vollständige Überweisung folgt, wenn die Formulare vollständig sind.</translation>
    </message>
    <message>
        <source>born</source>
        <translation>geb.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
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
        <source>Missing facts that would change the result: %1</source>
        <translation>Fehlende Angaben, die das Ergebnis ändern würden: %1</translation>
    </message>
    <message>
        <source>ASIA Impairment Scale (AIS)</source>
        <translation>ASIA Impairment Scale (AIS)</translation>
    </message>
    <message>
        <source>Complete / incomplete</source>
        <translation>Komplett / inkomplett</translation>
    </message>
    <message>
        <source>Sensory level, right</source>
        <translation>Sensibles Niveau, rechts</translation>
    </message>
    <message>
        <source>Sensory level, left</source>
        <translation>Sensibles Niveau, links</translation>
    </message>
    <message>
        <source>Motor level, right</source>
        <translation>Motorisches Niveau, rechts</translation>
    </message>
    <message>
        <source>Motor level, left</source>
        <translation>Motorisches Niveau, links</translation>
    </message>
    <message>
        <source>Motor total, right</source>
        <translation>Motorik-Summe, rechts</translation>
    </message>
    <message>
        <source>Motor total, left</source>
        <translation>Motorik-Summe, links</translation>
    </message>
    <message>
        <source>Upper extremity motor score (UEMS)</source>
        <translation>Motorik-Score der oberen Extremitäten (UEMS)</translation>
    </message>
    <message>
        <source>Lower extremity motor score (LEMS)</source>
        <translation>Motorik-Score der unteren Extremitäten (LEMS)</translation>
    </message>
    <message>
        <source>Light touch total</source>
        <translation>Summe leichte Berührung (LT)</translation>
    </message>
    <message>
        <source>Pin prick total</source>
        <translation>Summe Spitz-Stumpf-Diskrimination (PP)</translation>
    </message>
    <message>
        <source>Sensory ZPP, right</source>
        <translation>Sensible ZPP, rechts</translation>
    </message>
    <message>
        <source>Sensory ZPP, left</source>
        <translation>Sensible ZPP, links</translation>
    </message>
    <message>
        <source>Motor ZPP, right</source>
        <translation>Motorische ZPP, rechts</translation>
    </message>
    <message>
        <source>Motor ZPP, left</source>
        <translation>Motorische ZPP, links</translation>
    </message>
    <message>
        <source>Urgency and recommendations</source>
        <translation>Dringlichkeit und Empfehlungen</translation>
    </message>
    <message>
        <source>Key labs</source>
        <translation>Wichtige Laborwerte</translation>
    </message>
    <message>
        <source>Warnings that change the handling</source>
        <translation>Warnhinweise, die das Vorgehen ändern</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Referral summary — spinal metastases</source>
        <translation>Überweisung – Wirbelsäulenmetastasen</translation>
    </message>
    <message>
        <source>Referral to a spine centre</source>
        <extracomment>Left and right padding of a table cell (points). Top and bottom padding of a table cell (points). A table cell is at most this tall (a third of the page&apos;s frame); longer texts flow on in more rows.</extracomment>
        <translation>Überweisung an ein Wirbelsäulenzentrum</translation>
    </message>
    <message>
        <source>Neurology now</source>
        <translation>Neurologie aktuell</translation>
    </message>
    <message>
        <source>Imaging findings</source>
        <translation>Bildgebende Befunde</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
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
        <source>not recorded</source>
        <extracomment>Units as German clinical documents write them (the glossary: &quot;mmol/l&quot;, the decimal comma).</extracomment>
        <translation>nicht erhoben</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
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
        <source>undetermined</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>[Imported as a copy on %1 from the file %2: %3 other case(s) of this patient are in the case list.]</source>
        <translation>[Am %1 als Kopie aus der Datei %2 importiert: %3 weitere(r) Fall/Fälle dieser Patientin bzw. dieses Patienten in der Fallliste.]</translation>
    </message>
    <message>
        <source>Call the spine centre now and arrange the immediate transfer.</source>
        <extracomment>Whom to call, in the order they are called: the spine centre, imaging, the operation. The outputs the triage page decides: urgency (imaging, spine centre, surgery) and transport. What to do first, in one sentence (whom to call). The immobilisation for transport: True, False, or None while instability is not excluded. The spine centre, imaging and surgery: each answer with its rules (&quot;undetermined&quot; while open; what it lacks or assumes is in :attr:`open_facts`). What would decide the urgency, or lower what is planned for the worse (S2, S3).</extracomment>
        <translation>Jetzt das Wirbelsäulenzentrum anrufen und die sofortige Verlegung veranlassen.</translation>
    </message>
    <message>
        <source>Register the patient for the interdisciplinary tumour board.</source>
        <translation>Den Patienten / die Patientin in der interdisziplinären Tumorkonferenz anmelden.</translation>
    </message>
    <message>
        <source>Refer to the spine centre as a routine referral.</source>
        <translation>Reguläre Vorstellung im Wirbelsäulenzentrum.</translation>
    </message>
    <message>
        <source>Not decided yet: record the missing facts first — it may be an emergency.</source>
        <translation>Noch nicht entschieden: zuerst die fehlenden Angaben erfassen — es kann ein Notfall sein.</translation>
    </message>
    <message>
        <source>Not decided yet: record the missing facts first.</source>
        <translation>Noch nicht entschieden: zuerst die fehlenden Angaben erfassen.</translation>
    </message>
    <message>
        <source>%1: may be needed — instability not yet excluded (missing: %2).</source>
        <translation>%1: möglicherweise nötig — Instabilität noch nicht ausgeschlossen (fehlt: %2).</translation>
    </message>
</context>
</TS>
