#!/usr/bin/python3
"""Writes /work/blind-m/gold/*.json (all gold records of the blind split M in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['m01-fr-in-2019-diplomatie'] = {
 "$comment": "REAL text (French MFA English page, https://www.diplomatie.gouv.fr/en/french-foreign-policy/security-disarmament-and-non-proliferation/fight-against-organized-criminality/cyber-security/article/indo-french-bilateral-cyber-dialogue-20-06-19 ), as the index holds it; the last, cut sentence ('Under their framework of counter-terrorism cooperation, they will also continue their exchanges to fight against the us...') dropped. 'third' = round 3; 'held in Paris on Thursday, 20th June, 2019'. Series from the title. Participants France first (the French co-chair is named first and the body says 'France and India'; the title says 'Indo-French' - see doubts). Co-chairs one per side: 'Mr' and 'Shri' dropped; 'French Ambassador for Digital affairs' -> title without the nationality adjective; 'the Indian Ministry of External Affairs' -> 'Ministry of External Affairs'. Topics: objects of 'shared', 'presented', 'exchanged views on' (split at 'as well as' and 'and'), and the second 'exchanged views on' (split at 'and'). Reaffirmations and intentions are not topics.",
 "series": "Indo-French Bilateral Cyber Dialogue",
 "round": 3, "date": "2019-06-20", "status": "held",
 "location": {"name": "Paris", "country": "FR"},
 "participants": ["FR", "IN"],
 "topics": [
  "their threat analysis",
  "the latest developments in their respective cyber policies",
  "steps taken for protection of critical national infrastructure",
  "the ongoing discussions and initiatives in multilateral forums related to peace and security in cyberspace",
  "digital sovereignty",
  "Internet governance",
  "fight against cybercrime",
  "the use of the Internet for terrorist purposes"],
 "delegations": [
  {"country": "FR", "head": {"name": "Henri Verdier", "title": "Ambassador for Digital affairs"}},
  {"country": "IN", "head": {"name": "Upender Singh Rawat", "title": "Joint Secretary in charge of e-Governance, Information Technology and Cyber Diplomacy", "agency": "Ministry of External Affairs"}, "agencies": ["Ministry of External Affairs"]}]
}

R['m02-in-fr-2023-ani-strategic'] = {
 "$comment": "REAL text (ANI wire story), https://www.aninews.in/news/world/others/india-france-discuss-ukraine-conflict-afghanistan-situation-during-annual-strategic-dialogue20230105192612/ ; headline rebuilt from the address; the last, cut sentence ('It added that the first bilateral visit of the year ... 25th anniversar...') dropped. A SECURITY (strategic) dialogue with cyber security as one item. Dateline 'New Delhi [India], January 5 (ANI)', 'on Thursday held ... in New Delhi' -> 2023-01-05 (a Thursday; year from the address), place New Delhi from the body. '36th' = round 36; series as the text names it ('the 36th Strategic Dialogue'). Heads: Doval ('National Security Advisor', acronym dropped) and Bonne, titles as written; no agencies (the MEA and the French government are sources). Topics: items of 'discussed ... including', 'saw discussions on wide-ranging issues, including', the MEA quote ('held discussions on a variety of issues, including') and 'The agenda covered' (split at commas/semicolons and 'including'); exact repeats written once; 'besides other issues of mutual concern' dropped. Agreements are outcomes.",
 "series": "Strategic Dialogue",
 "round": 36, "date": "2023-01-05", "status": "held",
 "location": {"name": "New Delhi", "country": "IN"},
 "participants": ["IN", "FR"],
 "topics": [
  "a number of regional and global issues",
  "the security situation pertaining to Afghanistan",
  "the conflict in Ukraine",
  "counterterrorism",
  "cyber security",
  "defence cooperation in the Indo-Pacific region",
  "the current global security situation in the context of the conflict in Ukraine",
  "regional security in the context of Afghanistan",
  "defence cooperation in the Indo-Pacific",
  "all aspects of the Indo-French strategic partnership",
  "defence and security cooperation",
  "major international and regional issues",
  "the war in Ukraine",
  "cooperation in the Indo-Pacific",
  "counter-terrorism cooperation",
  "cyber-security",
  "space",
  "civil nuclear energy"],
 "delegations": [
  {"country": "IN", "head": {"name": "Ajit Doval", "title": "National Security Advisor"}},
  {"country": "FR", "head": {"name": "Emmanuel Bonne", "title": "Diplomatic Advisor to French President Emmanuel Macron"}}]
}

R['m03-cis-2022-rcc-interagency'] = {
 "$comment": "REAL text (Regional Commonwealth in the Field of Communications news page), https://en.rcc.org.ru/events-copy/sobytiya-copy_568.html ; cut after the sixth list item (the rest of the '16 questions' list is not in the index). MULTILATERAL consultations of seven CIS member states, listed in text order; the CIS and its Executive Committee are not in data/organizations.json, so they are not participants (see doubts). 'the second' = round 2. Place: 'the CIS Executive Committee Office in Moscow' -> Moscow. The chairman of the consultations (Zorya, RCC Executive Committee) heads no national delegation: no delegations ('representatives of relevant agencies' names none). Topics: the issues 'considered' (split at commas and 'as well as') and the listed questions (leading 'on' dropped; split at 'including' and where two distinct things are named). Venues: the UN bodies and the ITU as written.",
 "series": "interagency consultations of the CIS Member-States on ensuring international information security",
 "round": 2, "date": "2022-12-06", "status": "held",
 "location": {"name": "Moscow", "country": "RU"},
 "participants": ["AM", "BY", "KZ", "KG", "RU", "TJ", "UZ"],
 "topics": [
  "cooperation in the field of information security, implemented in the framework of international organizations",
  "the functioning and development of a secure Internet space",
  "interagency cooperation",
  "current threats to information security",
  "interaction within the Open-ended Working Group on Security in the Use of ICTs and ICTs themselves 2021-2025",
  "coordination of efforts in the UN platforms in the field of combating information crime",
  "elaboration of joint positions of the CIS Member-States and their promotion in international platforms",
  "secure functioning and development of the Internet on the basis of equal governance of this network",
  "approaches of the CIS Member-States to personal data protection in their transborder transmission",
  "mechanisms of cooperation between national authorities for supervising the legislation on personal data protection"],
 "venues": ["Open-ended Working Group on Security in the Use of ICTs and ICTs themselves 2021-2025", "UN", "Third Committee of the UN General Assembly", "Ad Hoc Open-ended Intergovernmental Expert Committee", "International Telecommunication Union"]
}

R['m04-kz-by-2021-kazinform'] = {
 "$comment": "REAL text (Kazinform wire item), https://www.inform.kz/en/consultations-took-place-between-security-council-administrations-of-kazakhstan-and-belarus_a3851988 ; en dashes made ASCII; the 'Qazaq TV' / author / '21 October 2021, 17:19' lines are the page's own. SECURITY consultations between the two Security Council administrations, cyber one of the items. 'on October 21 in Nur-Sultan city' -> 2021-10-21, Nur-Sultan. No series name, no round ('Expanded planned consultations'). Delegations: the bodies are the 'administrations of the Security Councils' (grouped form expanded, one per side, written 'Security Council'); the two secretaries are named only as signers of the cooperation plan (an outcome), not as leaders: no heads (see doubts). Topics: objects of 'exchanges of views on', 'were discussed' ('and other areas' dropped), 'added to the agenda' and 'presented'.",
 "date": "2021-10-21", "status": "held",
 "location": {"name": "Nur-Sultan", "country": "KZ"},
 "participants": ["KZ", "BY"],
 "topics": [
  "the current aspects of security and interaction in the sphere",
  "the prospects for cooperation in military and military-technical spheres",
  "new challenges in the cybersecurity field",
  "the issue of the biological safety management system in the new reality",
  "their approaches to the organization of the work on evaluating risks to national security"],
 "delegations": [
  {"country": "KZ", "agencies": ["Security Council"]},
  {"country": "BY", "agencies": ["Security Council"]}]
}

R['m05-au-jp-2015-tribune'] = {
 "$comment": "REAL text (news item reproducing the DFAT media release), http://tribune-intl.com/australia-japan-to-bolster-cyber-policy-efforts/ ; the last, cut sentence ('Former foreign mini...') dropped. 'The inaugural meeting' = round 1; 'took place in Canberra on Friday 13 February' has NO YEAR and the page has no date line: 2015 follows from the text (after the 'summit meeting in Tokyo on 7 April 2014' that agreed the Dialogue, and 13 February is a Friday in 2015). Series as named. Participants in text order (Australia first). No persons leading, no agencies. Topics: objects of 'exchanged views on ... including' (split) and 'discussed possible bilateral cooperation in areas such as' (split at commas and 'and'); the submarine and Sony paragraphs are background. Venue: the ASEAN Regional Forum. Related event: the 2014 Tokyo summit where the two prime ministers agreed on the Dialogue.",
 "series": "Australia-Japan Cyber Policy Dialogue",
 "round": 1, "date": "2015-02-13", "status": "held",
 "location": {"name": "Canberra", "country": "AU"},
 "participants": ["AU", "JP"],
 "topics": [
  "key issues on the international cyber agenda",
  "the development of international norms",
  "the application of international law to state behaviour in cyberspace",
  "possible bilateral cooperation",
  "combating cybercrime",
  "critical information infrastructure protection",
  "cybersecurity for major events such as the Tokyo 2020 Olympic and Paralympic Games",
  "enhancing capacity on cybersecurity among countries of the Asia-Pacific region"],
 "venues": ["ASEAN Regional Forum"],
 "related_events": [
  {"description": "Prime Minister Tony Abbott and Prime Minister Shinzo Abe agreed on the Dialogue during their summit meeting in Tokyo",
   "date": "2014-04-07", "location": {"name": "Tokyo", "country": "JP"},
   "attendees": [{"name": "Tony Abbott", "title": "Prime Minister", "country": "AU"}, {"name": "Shinzo Abe", "title": "Prime Minister", "country": "JP"}]}]
}

R['m06-us-cl-2018-media-note'] = {
 "$comment": "REAL text (State Department media note as on the US Embassy in Chile site), https://cl.usembassy.gov/u-s-chile-executive-cyber-consultation/ ; title from the address; cut after the joint statement's third paragraph (the fourth is cut in the index copy). LATIN AMERICAN pair. Date line 'September 18, 2018' is the note's date; the meeting 'August 23-24, 2018' in 'Washington, D.C.' -> 2018-08-23/24. Series: the 'Executive Cyber Consultation' as named; no round. No persons, no agencies. Topics: 'focused on key cyber and internet policy topics, such as' (the list split at commas and 'including'), 'discussed', 'considered'; the private-sector discussions' emphasis and the joint statement's affirmations are not topics.",
 "series": "Executive Cyber Consultation",
 "date": "2018-08-23", "end_date": "2018-08-24", "status": "held",
 "location": {"name": "Washington, D.C.", "country": "US"},
 "participants": ["US", "CL"],
 "topics": [
  "key cyber and internet policy topics",
  "improving cybersecurity",
  "the protection of critical infrastructure",
  "combatting cybercrime",
  "enhancing cyber defense",
  "recent developments in the field of international security in cyberspace",
  "how to improve collaboration to deter malicious cyber activities more effectively"]
}

R['m07-us-ar-2017-prensa-latina-es'] = {
 "$comment": "REAL text in SPANISH (Prensa Latina wire story via La Gazzetta DF), https://lagazzettadf.com/noticia/2017/05/24/estados-unidos-argentina-se-reunen-tocar-temas-ciberseguridad ; ADAPTED: the headline is rebuilt from the address and the line 'La Gazzetta DF | 24/05/2017' is mine (date from the address); the body is verbatim. language es; strings in Spanish as written. Dateline 'Washington, 24 may (PL)'; 'ayer se celebro en esta capital' / 'La cita de este martes' -> Tuesday 2017-05-23; place Washington from 'en esta capital' (not from the dateline alone). 'la primera reunion' = round 1; series 'Grupo de Trabajo sobre Politica Cibernetica' as named. Heads: Painter ('coordinador para Asuntos Ciberneticos de la mencionada entidad' = the 'Departamento norteamericano de Estado', written without the nationality adjective) and Hirschson ('viceministro de Modernizacion'). Agencies: grouped forms expanded ('los Departamentos de Seguridad Nacional, Justicia y Defensa'; 'las carteras de Relaciones Exteriores, Defensa y Seguridad'). Topics: objects of 'se centro en ... como' and 'abordo' (split at commas and 'y'). The April presidential meeting is background.",
 "language": "es",
 "series": "Grupo de Trabajo sobre Política Cibernética",
 "round": 1, "date": "2017-05-23", "status": "held",
 "location": {"name": "Washington", "country": "US"},
 "participants": ["US", "AR"],
 "topics": [
  "iniciativas clave en materia de ciberseguridad",
  "la aplicación de marcos nacionales sobre el tema",
  "la protección de redes",
  "el desarrollo de una fuerza de trabajo cibernética",
  "la gestión de incidentes afines",
  "la coordinación de las respectivas políticas",
  "mecanismos para compartir información",
  "la protección de infraestructuras principales"],
 "delegations": [
  {"country": "US", "head": {"name": "Christopher Painter", "title": "coordinador para Asuntos Cibernéticos", "agency": "Departamento de Estado"},
   "agencies": ["Departamento de Estado", "Departamento de Seguridad Nacional", "Departamento de Justicia", "Departamento de Defensa"]},
  {"country": "AR", "head": {"name": "José Hirschson", "title": "viceministro de Modernización"},
   "agencies": ["cartera de Relaciones Exteriores", "cartera de Defensa", "cartera de Seguridad"]}]
}

R['m08-de-in-2017-aa-de'] = {
 "$comment": "REAL text in GERMAN (Federal Foreign Office page), https://www.auswaertiges-amt.de/de/aussenpolitik/sicherheitspolitik/cyber-aussenpolitik/indien-cyberkonsultationen/1890390 ; verbatim, including the page's 'Persektiven' and 'global Angelegenheiten' and the unclosed quote; curly quotes made straight. language de. 'Am 13. Dezember 2017 ... in Berlin ihre dritten jaehrlichen Cyberkonsultationen' -> 2017-12-13, Berlin, round 3; series from the heading. Participants as the text orders them (Germany first). Delegations in text order (India first): 'Additional Secretary im indischen Aussenministerium' -> agency 'Außenministerium' (nationality adjective dropped); 'Botschafter Dr.' dropped from Fitschen's name, title as written, agency 'Auswärtiges Amt'. 'Vertretern verschiedener Behoerden' names no agency. Topics: the three items 'Auf der Tagesordnung standen' as written (not split inside, see doubts). Related event: the May 2017 joint declaration of intent and its signatories. The invitation to India next year is a plan.",
 "language": "de",
 "series": "Deutsch-indische Cyberkonsultationen",
 "round": 3, "date": "2017-12-13", "status": "held",
 "location": {"name": "Berlin", "country": "DE"},
 "participants": ["DE", "IN"],
 "topics": [
  "ein Informationsaustausch über nationale Cyberstrategien und Strukturen",
  "Diskussionen über multilaterale Zusammenarbeit und global Angelegenheiten",
  "die Persektiven weiterer bilateraler Vorhaben"],
 "delegations": [
  {"country": "IN", "head": {"name": "Sanjay Kumar Verma", "title": "Additional Secretary", "agency": "Außenministerium"}, "agencies": ["Außenministerium"]},
  {"country": "DE", "head": {"name": "Thomas Fitschen", "title": "Beauftragter für die Vereinten Nationen, Cyberaußenpolitik und Terrorismusbekämpfung", "agency": "Auswärtiges Amt"}, "agencies": ["Auswärtiges Amt"]}],
 "related_events": [
  {"description": "Deutschland und Indien haben im Mai 2017 eine gemeinsame Absichtserklärung als Rahmen für ihre Zusammenarbeit in der Cyberpolitik vereinbart",
   "date": "2017-05",
   "attendees": [{"name": "Mobashar Jawed Akbar", "title": "Staatsminister für auswärtige Angelegenheiten", "country": "IN"}, {"name": "Sigmar Gabriel", "title": "Bundesminister des Auswärtigen", "country": "DE"}]}]
}

R['m09-african-union-eu-2020-c2c'] = {
 "$comment": "REAL text (Internet Governance Radar quarterly note), https://internet-governance-radar.de/en/whats-new/translate-to-englisch-blogpost/q1-2020-afrikanische-union ; cut before the footnotes ('[1] See: ...') and the page's 'Mehr zum Thema' line; bullets made ASCII; the unbalanced quote as in the copy. TWO ORGANIZATIONS as sides (African Union Commission, European Commission) -> african-union, eu. '10th' = round 10; 'held in Addis Ababa on 27 February 2020'. Series: the Commission-to-Commission meeting as the text names it (acronyms dropped). Co-chairs one per side with their commissions. Not a cyber dialogue as such: cyber security and the digital economy are the topics the consultations 'also addressed'; the Digital Partnership, the Task Force's five areas and the agreed closer cooperation are outcomes. The AU expert group's postponed first session is background.",
 "series": "Joint session of the African Union Commission and the European Commission",
 "round": 10, "date": "2020-02-27", "status": "held",
 "location": {"name": "Addis Ababa", "country": "ET"},
 "participants": ["african-union", "eu"],
 "topics": ["issues of cyber security", "the digital economy"],
 "delegations": [
  {"country": "african-union", "head": {"name": "Moussa Faki Mahamat", "title": "Chairperson of the AU Commission", "agency": "African Union Commission"}, "agencies": ["African Union Commission"]},
  {"country": "eu", "head": {"name": "Ursula von der Leyen", "title": "President of the European Commission", "agency": "European Commission"}, "agencies": ["European Commission"]}]
}

R['m10-us-ke-2017-cyber-digital-economy'] = {
 "$comment": "REAL text (blog repost of the State Department media note), https://us-africarelationsupdates.blogspot.com/2017/07/nairobi-hosts-us-kenya-cyber-and.html ; first line is the blog title rebuilt from the address; the last, cut sentence ('Cabinet Secretary Rachel Omamo of the Ministry of Defense, joined Mr. Mucheru, as did representatives from the Office ...') dropped. AFRICAN pair. TRAP: the note's title ('... To Participate in ...') reads like an announcement, but the body reports a held meeting. 'On June 22-23, 2017' -> 2017-06-22/23, Nairobi; 'first' = round 1; series as named; 'cyber and digital economy' dialogue. US delegation co-led by two officials (head array), both of the Department of State; agencies in text order, 'the Departments of Commerce and Justice' expanded. Kenya: Mucheru ('Mr.' dropped; '(ICT)' dropped) with no agency named in the kept text. Topics: objects of 'focused on' (split at 'by' and 'and') and 'discussed' (split at commas); the emphasis on public-private cooperation kept with nothing.",
 "series": "U.S.-Kenya Cyber and Digital Economy Dialogue",
 "round": 1, "date": "2017-06-22", "end_date": "2017-06-23", "status": "held",
 "location": {"name": "Nairobi", "country": "KE"},
 "participants": ["US", "KE"],
 "topics": [
  "the future of the digital economy",
  "protecting the opportunities it presents",
  "combatting cybercrime",
  "promoting cybersecurity",
  "policy coordination",
  "information sharing",
  "capacity building"],
 "delegations": [
  {"country": "US", "head": [
    {"name": "Christopher Painter", "title": "Coordinator for Cyber Issues", "agency": "Department of State"},
    {"name": "Julie Zoller", "title": "Acting Coordinator for International Communication and Information Policy", "agency": "Department of State"}],
   "agencies": ["Department of State", "Department of Commerce", "Department of Justice", "Federal Communications Commission", "U.S. Agency for International Development"]},
  {"country": "KE", "head": {"name": "Joe Mucheru", "title": "Cabinet Secretary for Information, Communications and Technology"}}]
}

R['m11-asean-in-2022-dtnext-virtual'] = {
 "$comment": "REAL text (DT Next copy of an ANI story), https://dtnext.in/amp/world/2022/01/29/indiaasean-digital-work-plan-2022-approved-at-2nd-asean-digital-ministers-meet ; page clutter ('By : migrator', image credit, app links, 'Similar News') is the page's own. DIGITAL (not cyber) ministerial meeting, ASEAN as a side, VIRTUAL ('held on a virtual platform'): no place (the 'New Delhi' line is a dateline). 'on January 28' takes the year of the 'Update: 2022-01-29' line. '2nd' = round 2; series 'ASEAN Digital Ministers meeting with India' ('(ADGMIN)' dropped). Co-chairs: Chauhan for India (title as written, '(MoSC)' dropped) and, for the ASEAN side, Tin Aung San of Myanmar's Ministry of Transport and Communications ('Admiral' his only title, kept as title). TRAP: the list of dialogue partner countries describes the ADGMIN format, not participants of this meeting. Topic: the object of 'discussed and deliberated'; the Work Plan is an outcome; Chauhan's address is not a topic list.",
 "series": "ASEAN Digital Ministers meeting with India",
 "round": 2, "date": "2022-01-28", "status": "held", "attendance": "virtual",
 "participants": ["asean", "IN"],
 "topics": ["various matters relevant to strengthening regional digital cooperation in the spirit of digital inclusion and integration"],
 "delegations": [
  {"country": "asean", "head": {"name": "Tin Aung San", "title": "Admiral", "agency": "Ministry of Transport and Communications"}, "agencies": ["Ministry of Transport and Communications"]},
  {"country": "IN", "head": {"name": "Devusinh Chauhan", "title": "Minister of State for Communications"}}]
}

R['m12-us-br-2015-defensedaily-announced'] = {
 "$comment": "REAL text (Defense Daily news story), http://www.defensedaily.com/u-s-and-brazil-restart-cyber-cooperation/ ; headline from the address; the last, cut sentence ('A fact sheet released concurrently ... This is in compa...') dropped. ANNOUNCED future round: the communique says the 'Second Meeting of the Working Group on Internet and Information and Communications Technology' will be convened 'in Brasilia in the second semester [Fall 2015]' -> status announced, date '2015' (only the year is certain; 'second semester' is no month), round 2, place Brasilia. No date line: the year is the bracketed one. Participants in text order. No delegations. Topics: the items of 'will explore possibilities for cooperation in' split at commas; 'research, development, and innovation' kept as one item (see doubts). The presidential visit and press conference are background (not written as a related event: no date beyond 'Tuesday').",
 "series": "Working Group on Internet and Information and Communications Technology",
 "round": 2, "date": "2015", "status": "announced",
 "location": {"name": "Brasilia", "country": "BR"},
 "participants": ["US", "BR"],
 "topics": [
  "e-government",
  "the digital economy",
  "cybersecurity",
  "cybercrime prevention",
  "capacity building activities",
  "international security in cyberspace",
  "research, development, and innovation"]
}

R['m13-qa-us-2024-gulftimes-strategic'] = {
 "$comment": "REAL text (Gulf Times via MENAFN), https://menafn.com/1107944000/6Th-Qatar-US-Strategic-Dialogue-Marks-New-Milestones-In-Relations ; headline from the address; the page's bullet headlines and section headings kept (clutter); the run-together sentences as in the copy; the last, cut sentence ('A special session dedicated to the FIFA Men's World Cup ... security at t...') dropped. GULF pair; a strategic (security and technology) dialogue, JOINT STATEMENT. '6th' = round 6; 'on March 5, 2024, in Washington, D.C.'. Heads: 'HE' and 'Sheikh' dropped; 'Secretary of State of the US of America' -> 'Secretary of State'. Topics: the items of 'The topics at this year's Dialogue highlighted ... from ... to ... and' (split at 'to' and 'and'); the section headings and the bullet headlines are not written as topics (see doubts); milestones/MoUs are outcomes.",
 "series": "Qatar-US Strategic Dialogue",
 "round": 6, "date": "2024-03-05", "status": "held",
 "location": {"name": "Washington, D.C.", "country": "US"},
 "participants": ["QA", "US"],
 "topics": [
  "economic and security co-operation",
  "emerging technology",
  "fostering connections among cities and communities between both countries"],
 "delegations": [
  {"country": "QA", "head": {"name": "Mohamed bin Abdulrahman bin Jassim al-Thani", "title": "Prime Minister and Minister of Foreign Affairs"}},
  {"country": "US", "head": {"name": "Antony Blinken", "title": "Secretary of State"}}]
}

R['m14-qa-be-2023-gulfpress'] = {
 "$comment": "REAL text (Gulf Press news item), https://gulfpress.net/?p=416629 ; no headline in the copy (the two in-text subheadings are the page's); the last, cut sentence ('Minister Quintin expressed appreciation for the progress made b...') dropped. GULF-European pair; a ONE-OFF cyber meeting, no series, no round. 'The talks occurred during Minister Quintin's official visit to Doha on December 6, 2023' -> 2023-12-06, Doha (the place of the visit, not only the 'Doha, Qatar -' dateline). Heads: 'HE Eng.' and 'HE' dropped; Al Malki 'President' of the 'National Cyber Security Agency' ('(NCSA) of Qatar' dropped); Quintin with his title as written, no agency. Topics: objects of 'focused on' (split at 'and'), 'The discussions centered on' ('particularly those implemented by Qatar's NCSA' kept out) and 'The core of the meeting involved'. The text's date is kept as written although it may be wrong (see doubts).",
 "date": "2023-12-06", "status": "held",
 "location": {"name": "Doha", "country": "QA"},
 "participants": ["QA", "BE"],
 "topics": [
  "exchanging expertise",
  "bolstering digital defenses in both nations",
  "national strategies for cybersecurity",
  "how these approaches might inform and enhance Belgium's own capabilities",
  "identifying areas for increased cooperation in cybersecurity"],
 "delegations": [
  {"country": "QA", "head": {"name": "Abdulrahman Ali Muhammad Al Farahid Al Malki", "title": "President", "agency": "National Cyber Security Agency"}, "agencies": ["National Cyber Security Agency"]},
  {"country": "BE", "head": {"name": "Bernard Quintin", "title": "Minister of Security and the Interior"}}]
}

os.makedirs(G, exist_ok=True)
for k, v in R.items():
    with open(os.path.join(G, k + '.json'), 'w', encoding='utf-8') as f:
        json.dump(v, f, ensure_ascii=False, indent=2)
        f.write('\n')
print(len(R), 'records')
