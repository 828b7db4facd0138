#!/usr/bin/python3
"""Writes /work/blind-n/gold/*.json (all gold records of the blind split N in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['n01-us-kr-2022-lapost'] = {
 "$comment": "REAL text (State Dept media note as reposted by lapost.us), https://lapost.us/?p=55303 ; the copy breaks off in the last paragraph ('Both sides committed to furthe...'), which is dropped. '6th' = round 6. 'recently met' gives no day: date is the year of the date line 12/15/2022 only ('2022'; a reader may write 2022-12 or 2022-11). Place Washington D.C. as written. Heads: the two chairs, one per side; the ROK head's agency from 'Republic of Korea Ministry of Foreign Affairs'. US agencies: the list after 'also included representatives from', grouped 'Departments of Defense, Homeland Security, ..., the Treasury, and Justice' expanded, sub-bodies (CISA as the text spells it, FBI) after their department. ROK: Ministry of Foreign Affairs then the 'participation from' list. Topics: objects of 'discussed', 'provided updates on', 'exchanged views on' (split at 'and' where two distinct things are named). 'explored new ways' and the DPRK commitment are not topics.",
 "series": "U.S.-ROK Cyber Policy Consultations",
 "round": 6, "date": "2022", "status": "held",
 "location": {"name": "Washington D.C.", "country": "US"},
 "participants": ["US", "KR"],
 "topics": [
  "the protection and resilience of critical infrastructure",
  "their respective national cyber policies",
  "bilateral cyber cooperation",
  "developments in regional and international fora"],
 "delegations": [
  {"country": "US", "head": {"name": "Nathaniel Fick", "title": "Ambassador at Large for Cyberspace and Digital Policy"},
   "agencies": ["National Security Council", "Office of the National Cyber Director", "Department of Defense", "Department of Homeland Security", "Cybersecurity and Infrastructure Agency", "Department of the Treasury", "Department of Justice", "Federal Bureau of Investigation"]},
  {"country": "KR", "head": {"name": "Cho Hyunwoo", "title": "Ambassador for International Security Affairs", "agency": "Ministry of Foreign Affairs"},
   "agencies": ["Ministry of Foreign Affairs", "National Security Office", "Ministry of National Defense", "National Intelligence Service", "Supreme Prosecutor's Office", "National Police Agency", "Korea Internet & Security Agency"]}]
}

R['n02-us-sg-2022-einpresswire'] = {
 "$comment": "REAL text (State Dept media note via EIN Presswire), https://www.einpresswire.com/article/599445314/the-inaugural-u-s-singapore-cyber-dialogue ; ADAPTED: the line 'Published: 2022-11-04' is mine (the page date the index gives). 'inaugural' = round 1. No date of the meeting in the text: date is the year only, '2022' (from 'March 2022' announcement, the 7th Singapore International Cyber Week, and the page date). No place named (Singapore International Cyber Week is a conference, not written as a venue or place). Co-chairs one per side: Koh's agency 'Cyber Security Agency of Singapore' (acronym dropped); Fick no agency. No delegation agency lists ('a wide range of agencies'); the ONCD is named only for a future working group. Topics: the items after 'discussed'. The next USSCD in Washington and the working group are outcomes.",
 "series": "United States-Singapore Cyber Dialogue",
 "round": 1, "date": "2022", "status": "held",
 "participants": ["US", "SG"],
 "topics": [
  "bilateral cooperation in multinational and regional fora",
  "information sharing",
  "protection of critical information infrastructure",
  "countering ransomware",
  "supply chain security",
  "regional cyber capacity building",
  "cyber talent and workforce development",
  "combatting digital scams"],
 "delegations": [
  {"country": "SG", "head": {"name": "David Koh", "title": "Chief Executive", "agency": "Cyber Security Agency of Singapore"}, "agencies": ["Cyber Security Agency of Singapore"]},
  {"country": "US", "head": {"name": "Nate Fick", "title": "Ambassador at Large for Cyberspace and Digital Policy"}}]
}

R['n03-vn-us-2023-sggp'] = {
 "$comment": "REAL text (SGGP English), https://en.sggp.org.vn/vietnam-us-hold-12th-political-security-defense-dialogue-post101256.html ; ADAPTED: the headline (from the address) and the line 'Published: 2023-04-01' (page date the index gives) are mine; the last, cut paragraph ('Representatives of the US side reaffirmed ... improv') dropped. A security-policy dialogue with cyber-security only in an agreement. '12th' = round 12; 'March 30' takes the year of the publication line. Place Washington D.C as written. Co-chairs one per side; titles as written ('Vietnamese Deputy Minister of Foreign Affairs' -> 'Deputy Minister of Foreign Affairs'; no separate agency). No topic list: 'recognized the progress of ...', 'agreeing to ... expand cooperation in cyber-security' are assessments and agreements, not topics.",
 "series": "Vietnam-US Political, Security, and Defense Dialogue",
 "round": 12, "date": "2023-03-30", "status": "held",
 "location": {"name": "Washington D.C", "country": "US"},
 "participants": ["VN", "US"],
 "delegations": [
  {"country": "VN", "head": {"name": "Ha Kim Ngoc", "title": "Deputy Minister of Foreign Affairs"}},
  {"country": "US", "head": {"name": "Jessica Lewis", "title": "Assistant Secretary of State for Political-Military Affairs"}}]
}

R['n04-us-il-2017-usembassy'] = {
 "$comment": "REAL text (U.S. Embassy in Israel press release), https://il.usembassy.gov/u-s-israel-cyber-working-group-israel-cyber-week-2017/ ; verbatim (curly quotes made straight). 'First Meeting' / 'inaugural meeting' = round 1. 'Tuesday, June 27' takes the year of 'Israel Cyber Week 2017' (2017-06-27 is a Tuesday). No place written for the meeting itself ('are in Israel from June 25-28' is where the officials are): no location (a reader may write Israel). Heads: Joyce (title 'White House Cybersecurity Coordinator', no separate agency) and Matania ('Dr.' dropped; title 'Director General', agency 'Israel Cyber Directorate'; the trailing 'Prime Minister's Office' not taken, see doubts). Bossert announced, did not lead. US agencies: 'State Department' (from Painter's title) then the grouped 'Departments of Commerce, Defense, and Homeland Security' expanded, then the FBI. Israeli agencies: 'National Cyber Directorate, Defense Force, and Ministries of Foreign Affairs, Justice, Energy, and Defense' expanded. Topics: the items after 'discussed', split at semicolons. Series as in the headline ('U.S.-Israel'; the body also says 'U.S.-Israeli').",
 "series": "U.S.-Israel Cyber Working Group",
 "round": 1, "date": "2017-06-27", "status": "held",
 "participants": ["US", "IL"],
 "topics": [
  "cyber issues related to domestic and international policy",
  "critical infrastructure protection",
  "research and development",
  "workforce development"],
 "delegations": [
  {"country": "US", "head": {"name": "Rob Joyce", "title": "White House Cybersecurity Coordinator"},
   "agencies": ["State Department", "Department of Commerce", "Department of Defense", "Department of Homeland Security", "Federal Bureau of Investigation"]},
  {"country": "IL", "head": {"name": "Eviatar Matania", "title": "Director General", "agency": "Israel Cyber Directorate"},
   "agencies": ["National Cyber Directorate", "Defense Force", "Ministry of Foreign Affairs", "Ministry of Justice", "Ministry of Energy", "Ministry of Defense"]}]
}

R['n05-us-gb-2023-urdupoint-sputnik'] = {
 "$comment": "REAL text (wire story, Sputnik via UrduPoint, on a State Dept statement), https://www.urdupoint.com/en/world/us-uk-agree-to-boost-cooperation-on-semicond-1624397.html ; verbatim. A digital/technology dialogue. 'inaugural meeting' = round 1. The meeting's day is not given (the statement is of 'Thursday', 12 January 2023): date '2023' only (a reader may write 2023-01). Place 'Washington' (the WASHINGTON dateline alone would not count; 'The meeting took place in Washington' does). No persons leading the meeting (Raimondo and Donelan launched the dialogue 'last October'), no agencies: no delegations. No topic list: deliverables and agreements are outcomes. The January 2024 next meeting is written as a related event (announced, no place).",
 "series": "Comprehensive Dialogue on Technology and Data",
 "round": 1, "date": "2023", "status": "held",
 "location": {"name": "Washington", "country": "US"},
 "participants": ["US", "GB"],
 "related_events": [
  {"description": "The next meeting will take place in January 2024", "date": "2024-01"}]
}

R['n06-cn-de-2019-globaltimes'] = {
 "$comment": "REAL text (Global Times news story), http://globaltimes.cn/content/1163202.shtml ; the photo caption (page clutter) and the last, cut sentence ('Since the bilateral dialogue mechanism was formed in 2017, China and Germany have achieved results on s...') dropped. A security dialogue; cyber security appears inside a topic. 'third round' = round 3. 'kicked off on Friday' resolved against 'Published: 2019/8/30' (a Friday): 2019-08-30. Place Hangzhou (the byline 'in Hangzhou' alone would not count; 'the dialogue held in Hangzhou' does). Series: the text names no series beyond 'a bilateral high-level security dialogue'; written as 'China-Germany high-level security dialogue' from the headline and that phrase (see doubts). Heads: the two who 'presided over' it; Chen's agency with the acronym '(CPC)' dropped; Geismann's 'at the German Federal Chancellery' -> 'Federal Chancellery'. Topics: 'The discussions focused on', split at the first 'and' only (the second joins 'cyber security and economy' inside one item). Li Wei is a commentator.",
 "series": "China-Germany high-level security dialogue",
 "round": 3, "date": "2019-08-30", "status": "held",
 "location": {"name": "Hangzhou", "country": "CN"},
 "participants": ["CN", "DE"],
 "topics": [
  "counter-terrorism",
  "fighting transnational organized crimes involving cyber security and economy"],
 "delegations": [
  {"country": "CN", "head": {"name": "Chen Yixin", "title": "secretary-general", "agency": "Commission for Political and Legal Affairs of the Communist Party of China Central Committee"}, "agencies": ["Commission for Political and Legal Affairs of the Communist Party of China Central Committee"]},
  {"country": "DE", "head": {"name": "Johannes Geismann", "title": "State Secretary and Federal Commissioner for Intelligence", "agency": "Federal Chancellery"}, "agencies": ["Federal Chancellery"]}]
}

R['n07-cz-us-2024-nukib'] = {
 "$comment": "REAL text (Czech National Cyber and Information Security Agency news), https://nukib.gov.cz/en/infoservis-en/news/2097-historically-first-cyber-dialogue-between-czech-republic-and-the-united-states-will-strengthen-bilateral-cooperation/ ; headline from the address; the 'Main Page' line dropped; the copy breaks off after the quotation ('Berta Jarošová, the Czech Cyb...'), which fragment is dropped, so the quotation stands unattributed. 'inaugural' = round 1; 'Monday, 18 March 2024'. Place: 'the headquarters of the Ministry of Foreign Affairs in the Czernin Palace' (no city written): location 'Czernin Palace', CZ. Participants in the order of the series name. No head of either delegation (Štěpáník heads only the NÚKIB sub-delegation; see doubts). Czech agencies in text order, acronym '(NÚKIB)' dropped, 'intelligence services' kept as written. No US agencies named. Topics: the 'main topic' sentence split at 'not only ... but also', commas, 'or', 'and' and 'including'.",
 "series": "United States - Czech Republic Cyber Dialogue",
 "round": 1, "date": "2024-03-18", "status": "held",
 "location": {"name": "Czernin Palace", "country": "CZ"},
 "participants": ["US", "CZ"],
 "topics": [
  "cybersecurity",
  "the fight against cybercrime",
  "building cyber defense",
  "coordinating in cyber diplomacy",
  "cooperation in digital policies",
  "disruptive technologies",
  "artificial intelligence",
  "quantum technologies"],
 "delegations": [
  {"country": "CZ", "agencies": ["Ministry of Foreign Affairs of the Czech Republic", "National Cyber and Information Security Agency", "Office of the Government of the Czech Republic", "Ministry of Industry and Trade", "Ministry of Justice", "Ministry of the Interior", "Supreme State Prosecutor's Office", "Czech Telecommunications Office", "National Centre against Terrorism, Extremism and Cybercrime of the Police of the Czech Republic", "Ministry of Defense", "Cyber and Information Warfare Command of the Army of the Czech Republic", "intelligence services"]}]
}

R['n08-us-ma-2019-state-blogspot'] = {
 "$comment": "REAL text (State Dept media note as reposted on a blog), https://us-africarelationsupdates.blogspot.com/2019/08/security-working-group-of-us-morocco.html ; the blog's date line (Tuesday, August 13, 2019), 'Photo: State Department' and '1 comment:' dropped. A security working group; cyber-crime appears only in the concluding commitment (not a topic). Date 'On July 3, 2019'; place 'Washington, D.C.' in the body. No round. Co-chairs one per side: 'Ambassador' dropped from Sales's name, title 'Coordinator for Counterterrorism'; Chekkori 'Director of the Moroccan Ministry of Foreign Affairs and International Cooperation's Global Affairs Department' -> title 'Director of the Global Affairs Department', agency 'Ministry of Foreign Affairs and International Cooperation'. Princess Lalla Joumala is present, not a head. Topics: objects of 'discussed' (three), the third split at 'and' and 'including'. Commitments and 'agreed to' items are not topics. Series: the working group as the headline names it.",
 "series": "Security Working Group of the U.S.-Morocco Strategic Dialogue",
 "date": "2019-07-03", "status": "held",
 "location": {"name": "Washington, D.C.", "country": "US"},
 "participants": ["US", "MA"],
 "topics": [
  "the evolving nature of efforts to defeat ISIS and other terrorist groups in Africa",
  "the urgent need for all countries to repatriate foreign terrorist fighters from Syria and prosecute them for the crimes they have committed",
  "international cooperation in trade controls",
  "nonproliferation frameworks",
  "the Global Initiative to Combat Nuclear Terrorism",
  "the Proliferation Security Initiative"],
 "delegations": [
  {"country": "US", "head": {"name": "Nathan A. Sales", "title": "Coordinator for Counterterrorism"}},
  {"country": "MA", "head": {"name": "Ismail Chekkori", "title": "Director of the Global Affairs Department", "agency": "Ministry of Foreign Affairs and International Cooperation"}, "agencies": ["Ministry of Foreign Affairs and International Cooperation"]}]
}

R['n09-ru-fr-2021-mid-translation'] = {
 "$comment": "REAL text (machine-translated Russian MFA media message, MIL OSI via foreignaffairs.co.nz), https://global.foreignaffairs.co.nz/2021/10/01/mil-osi-russia-on-the-results-of-the-second-meeting-of-the-russian-french-working-group-interdepartmental-strategic-dialogue-on-cybersecurity/ ; ADAPTED: the headline (from the address) and the line 'October 1, 2021' (the page date in the address) are mine; 'Post sponsored by ...' dropped; dashes made ASCII; the copy breaks off ('It was proposed to discuss, i...'), dropped. 'second meeting' = round 2; 'On September 28' takes the year of the date line. Place Moscow ('Moscow hosted'). Series: the working group's name in quotes. Heads: Krutskikh (first title kept; 'Ambassador Extraordinary and Plenipotentiary' treated as rank), Verdier ('of the French Foreign Ministry' -> agency 'Foreign Ministry'); names as written ('A.V. Krutskikh', 'A.Verdier'). Agencies as written, leading 'the' dropped; the French head's 'Foreign Ministry' not added separately (the list has 'Ministry of Foreign Affairs'). Topics: the 'agenda ... included' item and the object of 'was considered'. Venues: the UN and the OEWG (acronym as given).",
 "series": "Interdepartmental Strategic Dialogue on Cybersecurity",
 "round": 2, "date": "2021-09-28", "status": "held",
 "location": {"name": "Moscow", "country": "RU"},
 "participants": ["RU", "FR"],
 "topics": [
  "a wide range of information security issues at global and regional platforms, as well as on a bilateral track",
  "the beginning of the activities of the new UN Open-ended Working Group (OEWG) on security in the use of ICTs and ICTs themselves 2021-2025"],
 "venues": ["UN", "OEWG"],
 "delegations": [
  {"country": "RU", "head": {"name": "A.V. Krutskikh", "title": "Special Representative of the President of the Russian Federation for International Cooperation in the Field of Information Security"},
   "agencies": ["apparatus of the Security Council of the Russian Federation", "Ministry of Foreign Affairs of Russia", "Ministry of Internal Affairs of Russia", "Ministry of Defense of Russia", "Ministry of Justice of Russia", "General Prosecutor's Office of the Russian Federation", "Investigative Committee of the Russian Federation", "FSB of Russia", "FSO of Russia"]},
  {"country": "FR", "head": {"name": "A.Verdier", "title": "Ambassador for Digital Issues", "agency": "Foreign Ministry"},
   "agencies": ["Ministry of Foreign Affairs", "National Agency for Security of Information Systems", "Ministry of Defense", "Ministry of Internal Affairs", "French Embassy in Russia"]}]
}

R['n10-us-jp-kr-2024-agenparl'] = {
 "$comment": "REAL text (State Dept media note as relayed by AGENPARL), https://agenparl.eu/2024/03/30/second-united-states-japan-republic-of-korea-trilateral-diplomatic-working-group-meeting-on-democratic-peoples-republic-of-korea-cyber-activities/ ; the subscription sentence and the bracketed state.gov address dropped. Three participants, in the order of the series name. 'second meeting' = round 2; 'On March 29' takes the year of the date lines (03/29/2024). 'the United States hosted' names no city: no location. Three heads, titles as written; Lee's agency from 'ROK Ministry of Foreign Affairs'. Topic: the object of 'reviewed'; the 'will continue to coordinate' items are plans. Related event: the first Working Group in Tokyo in December 2023.",
 "series": "U.S.-Japan-Republic of Korea Trilateral Diplomatic Working Group",
 "round": 2, "date": "2024-03-29", "status": "held",
 "participants": ["US", "JP", "KR"],
 "topics": [
  "the substantial progress made in deepening trilateral collaboration to disrupt the DPRK's ability to generate revenue through malicious cyber activity and IT workers, which it uses to fund its unlawful WMD and ballistic missile programs"],
 "delegations": [
  {"country": "US", "head": {"name": "Lyn Debevoise", "title": "Deputy Special Representative for the DPRK"}},
  {"country": "JP", "head": {"name": "Kumagai Naoki", "title": "Ambassador in charge of Cyber Policy"}},
  {"country": "KR", "head": {"name": "Lee Jun-il", "title": "Director General for North Korean Nuclear Affairs", "agency": "Ministry of Foreign Affairs"}, "agencies": ["Ministry of Foreign Affairs"]}],
 "related_events": [
  {"description": "the first trilateral Working Group in Tokyo in December 2023", "date": "2023-12", "location": {"name": "Tokyo", "country": "JP"}}]
}

R['n11-us-ph-2024-santiagochronicle'] = {
 "$comment": "REAL text (joint statement as reposted by Santiago Chronicle), https://santiagochronicle.com/2024/08/12/us-philippines-cyber-digital-policy-talks-announced/ ; the site's breadcrumb and category line dropped; the copy breaks off in the delegation sentence ('The U.S. delegation included representatives from the Department of State; ... Department of Home...'), which is dropped. Dates 'July 15 and 16, 2024' -> date and end_date. Place 'Washington, D.C.' (also 'Washington'). No round in this copy. Series as the body names it first ('United States - Philippines'; the intro says 'Philippines-United States'). Heads: the two principals who 'opened the dialogue' (see doubts; the session chairs Franz, Lang and Dy are not written as heads); Uy's title 'Secretary', agency 'Department of Information and Communications Technology' (acronym dropped). No topic list in the kept text ('reaffirmed their shared commitment' is not a topic).",
 "series": "United States - Philippines Cyber-Digital Policy Dialogue",
 "date": "2024-07-15", "end_date": "2024-07-16", "status": "held",
 "location": {"name": "Washington, D.C.", "country": "US"},
 "participants": ["US", "PH"],
 "delegations": [
  {"country": "US", "head": {"name": "Nathaniel Fick", "title": "Ambassador at Large for Cyberspace and Digital Policy"}},
  {"country": "PH", "head": {"name": "Ivan John E. Uy", "title": "Secretary", "agency": "Department of Information and Communications Technology"}, "agencies": ["Department of Information and Communications Technology"]}]
}

R['n12-au-in-jp-us-2023-firstpost-quad'] = {
 "$comment": "REAL text (Firstpost news story on an NSCS press release), https://www.firstpost.com/world/quad-cyber-group-meets-in-new-delhi-to-strengthen-cybersecurity-cooperation-12078192.html ; ADAPTED: headline from the address, 'Published: 2023-01-31' (page date) mine; the embedded tweet (page clutter) dropped. Four participants (the Quad is no registered organization), in the order the principals are listed. Dates '30 and 31 January 2023'. Place New Delhi. No round. Series 'Quad Senior Cyber Group'. Four heads ('AO' and 'Lt General' dropped from names); agency only for Pezzullo ('Australia's Department of Home Affairs' -> 'Department of Home Affairs'). Topics: the object of 'to discuss' and the items of the three 'discussed' sentences, split at commas and 'and'.",
 "series": "Quad Senior Cyber Group",
 "date": "2023-01-30", "end_date": "2023-01-31", "status": "held",
 "location": {"name": "New Delhi", "country": "IN"},
 "participants": ["AU", "IN", "JP", "US"],
 "topics": [
  "the collective approach to enhance cybersecurity cooperation and resilience",
  "sharing threat information",
  "identifying and evaluating potential risks in supply chains for digitally enabled products and services",
  "aligning baseline software security requirements to improve the broader software development ecosystem for the benefit of the Indo-Pacific region",
  "building cybersecurity capacity for Quad members and for partners in the Indo-Pacific region",
  "how Quad members could prevent cyber incidents and prepare national and international capabilities for protection as well as response to such cyber incidents"],
 "delegations": [
  {"country": "AU", "head": {"name": "Michael Pezzullo", "title": "Secretary", "agency": "Department of Home Affairs"}, "agencies": ["Department of Home Affairs"]},
  {"country": "IN", "head": {"name": "Rajesh Pant", "title": "National Cyber Security Coordinator"}},
  {"country": "JP", "head": {"name": "Masataka Okano", "title": "Deputy National Security Adviser"}},
  {"country": "US", "head": {"name": "Anne Neuberger", "title": "Deputy National Security Advisor"}}]
}

os.makedirs(G, exist_ok=True)
for k, v in R.items():
    with open(os.path.join(G, k + '.json'), 'w', encoding='utf-8') as f:
        json.dump(v, f, ensure_ascii=False, indent=2); f.write('\n')
print(len(R), 'records')
