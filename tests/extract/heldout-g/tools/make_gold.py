#!/usr/bin/python3
"""Writes /work/blind-g/gold/*.json (all gold records in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['g01-gb-nl-2022-government-nl'] = {
 "$comment": "REAL text (joint statement), https://www.government.nl/topics/international-peace-and-security/documents/diplomatic-statements/2022/03/18/joint-statement-uk-nl-cyber-dialogue ; the lines 'Government.nl' and 'Diplomatic statement | 18-03-2022' are mine (date from the page address); curly apostrophe made straight. 'On 15 March 2022 ... concluded their annual Cyber Dialogue ... in London' and 'held in London on 15 March 2022': date 2022-03-15, place London. 'annual' is no ordinal: no round. Series as the headline names it. No persons: delegations with agencies only; 'UK Foreign, Commonwealth and Development Office' -> without 'UK'; 'the Dutch Ministry of Foreign Affairs and National Cyber Security Centre' -> two Dutch bodies ('Dutch' dropped). 'Department of Digital Culture, Media and Sport' kept as written (one department). No topics: the text states concerns, condemnations, affirmations of cooperation and agreements (see doubts). Venues: the multilateral fora the statement places the two sides' cooperation in (the United Nations framework, NATO); the Global Forum on Cyber Expertise is written too (see doubts).",
 "series": "UK-NL Cyber Dialogue",
 "date": "2022-03-15", "status": "held",
 "location": {"name": "London", "country": "GB"},
 "participants": ["GB", "NL"],
 "venues": ["United Nations", "NATO", "Global Forum on Cyber Expertise"],
 "delegations": [
  {"country": "GB", "agencies": ["Foreign, Commonwealth and Development Office", "Cabinet Office", "National Cyber Security Centre", "Department of Digital Culture, Media and Sport", "Home Office"]},
  {"country": "NL", "agencies": ["Ministry of Foreign Affairs", "National Cyber Security Centre"]}]
}

R['g02-ua-eu-2022-eeas'] = {
 "$comment": "REAL text, verbatim (EEAS press item as the index holds it), https://eeas.europa.eu/eeas/ukraine-and-eu-held-second-round-ua-eu-cybersecurity-dialogue_en ; curly apostrophes made straight; the copy breaks off in the last paragraph ('Ukraine further stressed that the agenda of the secon...'), that sentence dropped. 'On 29 September' takes the year of the line '29.09.2022 EEAS Press Team': 2022-09-29. 'the second round' = round 2; series as the headline names it. No place named (no dateline either). Participants in the order of the headline and the first sentence (Ukraine first). No persons, no agencies. Topics: the objects of 'exchanged views on' (split at 'including on') and 'provided updates on' (split at commas, 'as well as', 'including' and the 'and' between the two long items).",
 "series": "UA-EU Cybersecurity Dialogue",
 "round": 2, "date": "2022-09-29", "status": "held",
 "participants": ["UA", "eu"],
 "topics": [
  "the current threat landscape",
  "numerous cyberattacks against Ukraine's critical information infrastructure",
  "their respective cyber-related institutional settings",
  "responsibilities",
  "policies and legislative developments",
  "the update of the Directive on security of network and information systems",
  "the efforts by Ukraine to develop its cybersecurity-related policies and legislation, in alignment with the EU legal and institutional framework"]
}

R['g03-pl-kr-2019-msz-embassy'] = {
 "$comment": "REAL text (Polish embassy in Seoul news page), https://seul.msz.gov.pl/en/news/first_polish_south_korean_consultations_on_cybersecurity_policy ; the line 'Embassy of the Republic of Poland in Seoul' and the headline (built from the page address) are mine; 'Faithful to my Homeland ...', 'NEWS', '14 June 2019' and 'Print Share:' are the copy's. 'in Warsaw on 13 June' takes the year of the date line: 2019-06-13, place Warsaw. 'the first round of consultations' = round 1; series from the headline (which is the address's wording - see doubts). Participants in the text's order ('between Poland and the Republic of Korea'); delegations in the order the text names them (Korea first). Heads: 'Ambassador' dropped from Szczygiel's name ('was represented by' read as head); both agencies from '... at the Ministry of Foreign Affairs of South Korea' / 'the Polish Ministry of Foreign Affairs' -> 'Ministry of Foreign Affairs'. Topics: the first sentence's subject, the objects of 'discussed issues relating to ..., including' (split at commas and the last 'and'), and of 'also discussed' (kept whole). Venues: the UN processes named (UN GGE, OEWG); '(UN GGE)' acronym dropped.",
 "series": "Polish-South Korean consultations on cybersecurity policy",
 "round": 1, "date": "2019-06-13", "status": "held",
 "location": {"name": "Warsaw", "country": "PL"},
 "participants": ["PL", "KR"],
 "topics": [
  "International cybersecurity aspects",
  "international cooperation to ensure stability in cyberspace",
  "the implementation of norms of responsible state behaviour in cyberspace",
  "the application of international law",
  "confidence building measures in the regional dimension",
  "possibilities of enhancing practical cooperation between Poland and the Republic of Korea in exchanging information about cyber threats and fighting cybercrime"],
 "venues": ["UN", "United Nations Group of Government Experts", "Open-Ended Working Group"],
 "delegations": [
  {"country": "KR", "head": {"name": "Gunn Kim", "title": "Ambassador for International Security Affairs", "agency": "Ministry of Foreign Affairs"}, "agencies": ["Ministry of Foreign Affairs"]},
  {"country": "PL", "head": {"name": "Marek Szczygieł", "title": "coordinator for international aspects of cybersecurity", "agency": "Ministry of Foreign Affairs"}, "agencies": ["Ministry of Foreign Affairs"]}]
}

R['g04-kr-eu-2019-mofa'] = {
 "$comment": "REAL text (ROK MOFA press release in English), http://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320587 ; the line 'Ministry of Foreign Affairs, Republic of Korea' is mine; the copy breaks off in the bulleted part of paragraph 3 (counter-terrorism), which is dropped after its first sentence. 'on June 28, local time' takes the year of 'Date 2019-07-01': 2019-06-28; place Brussels ('Brussels, the Kingdom of Belgium'). '5th' = round 5; series as named. Heads: 'Mr.' dropped; Kim Gunn's agency is not said (the Ministry 'held' the meeting and is the source): no agency, no agency list for Korea (the attending 'cybersecurity- and counter-terrorism-related agencies' are not named); Herczynski's agency as written. Topics: objects of 'shared' (twice) and 'discussed ..., including' in the Cyber Policy Consultation paragraph, split at commas/'and'/';'. 'ways to step up cooperation on cybersecurity and counter-terrorism' covers both meetings and is not written. RELATED EVENT (trap): the 2nd meeting of the Specialised Working Group on Counter-Terrorism, same day and place.",
 "series": "ROK-EU Cyber Policy Consultation",
 "round": 5, "date": "2019-06-28", "status": "held",
 "location": {"name": "Brussels", "country": "BE"},
 "participants": ["KR", "eu"],
 "topics": [
  "their strategies and policies regarding cybersecurity",
  "the ROK's National Cybersecurity Strategy",
  "the EU's Council decision concerning restrictive measures against cyber-attacks threatening the Union or its Member States",
  "major current issues concerning cybersecurity",
  "the United Nations discussions on cybersecurity norms",
  "confidence-building measures",
  "capability-building on cybersecurity",
  "responses to cybercrime"],
 "venues": ["United Nations"],
 "delegations": [
  {"country": "KR", "head": {"name": "Kim Gunn", "title": "Ambassador for International Security Affairs"}},
  {"country": "eu", "head": {"name": "Pawel Herczynski", "title": "Director for Security and Defence", "agency": "European External Action Service"}, "agencies": ["European External Action Service"]}],
 "related_events": [
  {"description": "the 2nd meeting of the ROK-EU Specialised Working Group on Counter-Terrorism", "date": "2019-06-28", "location": {"name": "Brussels", "country": "BE"}}]
}

R['g05-au-cn-2017-natlawreview'] = {
 "$comment": "REAL text (a law-firm note on The National Law Review), https://natlawreview.com/article/australia-and-china-to-cooperate-against-cybercrime ; the line 'The National Law Review' and the headline (from the page address) are mine; quotes made straight. A SECURITY dialogue (counter-terrorism, cybercrime). 'On 21 April 2017 ... attended the inaugural Australian-China High-Level Security Dialogue': date 2017-04-21, round 1 ('inaugural'), series as the text writes it. No place in the text (Sydney only in other reports): no location. No persons, no agencies. Topics: the areas the Dialogue was launched 'to promote discussion ... in' (split at commas/'and'); the bulleted 'key commitments' are outcomes, not topics. Venue: the UN Group of Governmental Experts (named in the commitments - see doubts). The second session 'in China in the first half of 2018' is a plan without a date: not a related event.",
 "series": "Australian-China High-Level Security Dialogue",
 "round": 1, "date": "2017-04-21", "status": "held",
 "participants": ["AU", "CN"],
 "topics": ["counter-terrorism", "cybercrime", "other important security issues"],
 "venues": ["UN Group of Governmental Experts"]
}

R['g06-us-eu-2019-eeas-joint-elements'] = {
 "$comment": "REAL text (EEAS page as archived by database.cyberpolicyportal.org), https://database.cyberpolicyportal.org/en/entity/mx7b5gm5zso (EEAS node 64495); the flattened copy is laid out in lines by me (the words 'www.eeas.europa.eu /node/64495_en Breadcrumb PRINT ... Teaser ... Text' are the copy's); the last, cut sentence ('Both sides welcomed continued progress ... detec...') dropped. Date line 21.06.2019 is the publication; the meeting 'On May 24, 2019' in Washington, DC. 'sixth' = round 6. Participants in the headline's order ('EU-U.S.'); series as the body names it three times. Co-chairs one per side: 'U.S. Department of State' -> 'Department of State'. Agencies: head's agency first, then the grouped 'U.S. Departments of Justice, Homeland Security and Commerce' expanded; EU: EEAS (head's) then 'European Commission DG for ... and DG Migration and Home Affairs' -> the two DGs ('European Commission' qualifier dropped, as 'X's Y'). Member-state observers are not agencies. Topics: objects of 'provided updates on' (split at commas and 'including') and of 'The discussions addressed' (split at commas).",
 "series": "U.S.-EU Cyber Dialogue",
 "round": 6, "date": "2019-05-24", "status": "held",
 "location": {"name": "Washington, DC", "country": "US"},
 "participants": ["eu", "US"],
 "topics": [
  "their respective cyber strategies",
  "policies",
  "legislation",
  "implementation of the U.S. National Cyber Strategy",
  "the EU Joint Communication on \"Resilience, Deterrence and Defence: Building Strong Cybersecurity for the EU\"",
  "coordination and cooperation toward bolstering cyber resilience",
  "combatting cybercrime",
  "preserving multi-stakeholder Internet governance",
  "ensuring international cyber stability and security",
  "furthering cyber diplomacy and deterrence",
  "building cyber capacity"],
 "delegations": [
  {"country": "US", "head": {"name": "Robert Strayer", "title": "Deputy Assistant Secretary for Cyber and International Communications Information Policy", "agency": "Department of State"},
   "agencies": ["Department of State", "Department of Justice", "Department of Homeland Security", "Department of Commerce"]},
  {"country": "eu", "head": {"name": "Rory Domm", "title": "Acting Head of Division for Security and Defence Policy", "agency": "European External Action Service"},
   "agencies": ["European External Action Service", "DG for Communications Networks, Content and Technology", "DG Migration and Home Affairs"]}]
}

R['g07-us-eu-2023-state-joint-statement'] = {
 "$comment": "REAL text (joint statement, State Department page as the index holds it), https://www.state.gov/joint-statement-on-the-united-states-european-union-9th-cyber-dialogue-in-brussels/ ; the line 'U.S. Department of State' and the headline (from the page address) are mine; curly apostrophe made straight; the copy breaks off in the next section ('... In this context, the United States and...'), the cut paragraph dropped. 'in Brussels, Belgium, December 6-7, 2023': 2023-12-06 to 2023-12-07. '9th' = round 9. No persons, no agencies. Topics: objects of 'exchanged views on' (the qualifying 'marked by Russia's aggression against Ukraine' dropped) and 'included exchanges on' (split at 'including'); concerns and condemnations are not topics. Venues: the fora named in the exchanges (UN, OSCE as spelled, ARF, G7, G20).",
 "series": "U.S.-EU Cyber Dialogue",
 "round": 9, "date": "2023-12-06", "end_date": "2023-12-07", "status": "held",
 "location": {"name": "Brussels", "country": "BE"},
 "participants": ["US", "eu"],
 "topics": ["the global cyber threat environment", "international cyber policy discussions"],
 "venues": ["United Nations", "Organization on Security and Co-operation in Europe", "ASEAN Regional Forum", "G7", "G20"]
}

R['g08-jp-eu-2023-digital-agency-dpc'] = {
 "$comment": "REAL text (Japan's Digital Agency news page in English), https://digital.go.jp/en/news/f1b3434c-3494-4bf2-b322-915eb8d3ac3f ; the line 'Digital Agency' is mine ('- Published:' with no date is the copy's); the copy breaks off in the next bullet ('Seizing the opportunity of the Council, MIC Minister Matsumoto and Commissioner Breton si...'), dropped. A DIGITAL (not cyber) council, ministerial. 'On July 3, 2023': 2023-07-03; place Tokyo ('met in Tokyo'; 'at the Digital Agency'). No ordinal: no round. Series as named ('Japan-EU Digital Partnership Council'). THREE co-chairs on the Japanese side (array, titles as written, 'Mr.'/'Ms.' dropped, names in the text's order 'Kono Taro'); Breton 'presented from the EU side' and the EU is a co-chair: head, title as written, no agency named. Japanese agencies: Digital Agency, MIC, METI as first named (acronyms dropped). No topics: 'exchanged views' has no list; the strategic areas are results of the Partnership in the statement (see doubts). The MoC signing ('intend to sign') and the 'Bilateral Meeting with Mr. Breton' (a heading) are not written as related events.",
 "series": "Japan-EU Digital Partnership Council",
 "date": "2023-07-03", "status": "held",
 "location": {"name": "Tokyo", "country": "JP"},
 "participants": ["JP", "eu"],
 "delegations": [
  {"country": "JP", "head": [
    {"name": "Kono Taro", "title": "Minister for Digital Transformation"},
    {"name": "Matsumoto Takeaki", "title": "Minister for Internal Affairs and Communications"},
    {"name": "Ota Fusae", "title": "State Minister of Economy, Trade and Industry"}],
   "agencies": ["Digital Agency", "Ministry for Internal Affairs and Communications", "Ministry of Economy, Trade and Industry"]},
  {"country": "eu", "head": {"name": "Thierry Breton", "title": "European Commissioner for Internal Market"}}]
}

R['g09-ch-us-2023-fdfa'] = {
 "$comment": "REAL text (Swiss FDFA press release, English), https://www.dfae.admin.ch/countries/guatemala/en/home/news/news.html/content/eda/en/meta/news/2023/6/8/95606 ; the header line 'Federal Department of Foreign Affairs FDFA' is mine. ADAPTED end: the copy breaks off at '... FEDPOL and the Federal Department of Defe'; I completed the name as 'Federal Department of Defence, Civil Protection and Sport.' (the name as https://www.airforce-technology.com/news/switzerland-and-us-strengthen-co-operation-in-cybersecurity-and-tech/ gives it); the rest of that paragraph is dropped. 'met on 7 June 2023 in Washington, D.C.': date and place. 'the second bilateral dialogue' = round 2; the dialogue has no name in the text: no series. Switzerland first (headline 'Swiss-US'). Swiss head: Wechsler, title as written (lower-case 'ambassador and head of ...'), agency 'FDFA' (the text's 'the FDFA's Digitalisation Division'). Swiss agencies: FDFA and the list, in text order (acronyms alone kept: FDFA, FEDPOL). US: no person or agency named. Topics: the 'key issues, such as' items and the objects of 'discussed' (split at 'as well as'); the themes 'identified where collaboration should be stepped up' (ransomware, internet freedom) are outcomes (see doubts). Digital commerce is handled elsewhere: not a topic.",
 "round": 2, "date": "2023-06-07", "status": "held",
 "location": {"name": "Washington, D.C.", "country": "US"},
 "participants": ["CH", "US"],
 "topics": [
  "the application of international law in cyberspace",
  "Switzerland's role as a host state in the digital domain",
  "commitments and cooperation in multilateral bodies",
  "bilateral initiatives led by the US and Switzerland"],
 "delegations": [
  {"country": "CH", "head": {"name": "Benedikt Wechsler", "title": "ambassador and head of the FDFA's Digitalisation Division", "agency": "FDFA"},
   "agencies": ["FDFA", "Federal Office of Communications", "National Cyber Security Centre", "FEDPOL", "Federal Department of Defence, Civil Protection and Sport"]}]
}

R['g10-jp-fr-2023-mic-ict-hybrid'] = {
 "$comment": "REAL text (Japan MIC press release in English), https://www.soumu.go.jp/main_sosiki/joho_tsusin/eng/pressrelease/2023/11/14_1.html ; the lines 'Ministry of Internal Affairs and Communications' and 'Press Release' are mine; the odd '(a hybrid meeting))' and 'AI safety ,' are the copy's; the copy breaks off in item ii ('MEFSIN explained their response to the Digital Services Act (DSA) and a bill obligating ... to'), that sentence and the rest dropped. A DIGITAL policy dialogue between ministries. 'on Thursday, November 9' with the title date 'November 14, 2023': 2023-11-09 (a Thursday). HYBRID meeting in Paris: attendance hybrid, location Paris. '22nd' = round 22; series as named. Participants Japan first. No persons. Agencies: MIC for Japan, MEFSIN for France (names as first written, acronyms dropped; the French ministry's name has 'and' and is one ministry). Topics: the headed items of 'discussed the following matters' that the copy keeps (AI, User protection). Venues: the fora the ministries explain their work in (G7; GPAI, acronym dropped); the Hiroshima AI Process is a process, not written.",
 "series": "Japan-France ICT Consultations",
 "round": 22, "date": "2023-11-09", "status": "held", "attendance": "hybrid",
 "location": {"name": "Paris", "country": "FR"},
 "participants": ["JP", "FR"],
 "topics": ["AI", "User protection"],
 "venues": ["G7", "Global Partnership on Artificial Intelligence"],
 "delegations": [
  {"country": "JP", "agencies": ["Ministry of Internal Affairs and Communications"]},
  {"country": "FR", "agencies": ["Ministry of the Economy, Finance and Industrial and Digital Sovereignty"]}]
}

R['g11-kr-nl-2024-mofa-security'] = {
 "$comment": "REAL text (ROK MOFA press release in English), https://mofa.go.kr/eng/brd/m_5676/view.do?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&seq=322584 ; the line 'Ministry of Foreign Affairs, Republic of Korea' is mine; curly quotes made straight. A SECURITY-policy consultation (AI, outer space, disarmament). 'held the first bilateral Consultation on Security Issues on May 31, 2024, in Seoul': date, place, round 1; series as written ('Consultation on Security Issues'). The 2023-12-13 Joint Statement is background. Heads: Youn (no agency said: the Ministry is the source) and Flamand ('at the Ministry of Foreign Affairs of the Netherlands' -> 'Ministry of Foreign Affairs'). Topics: objects of 'addressed ..., including ..., as well as' and 'explored how to enhance cooperation on various security fronts, such as' (split; '(AI)' dropped); the 'shared the view' and 'reaffirmed' sentences are conclusions. Venue: UN Security Council. RELATED EVENT: the second REAIM Summit, co-hosted in Seoul 'this September' -> 2024-09.",
 "series": "Consultation on Security Issues",
 "round": 1, "date": "2024-05-31", "status": "held",
 "location": {"name": "Seoul", "country": "KR"},
 "participants": ["KR", "NL"],
 "topics": [
  "global disarmament and non-proliferation challenges",
  "the DPRK's recent launch of a so-called 'reconnaissance satellite'",
  "its nuclear and missile programs",
  "UN Security Council sanctions on North Korea",
  "how to enhance cooperation on various security fronts",
  "artificial intelligence",
  "outer space",
  "ROK-NATO cooperation",
  "maritime security"],
 "venues": ["UN Security Council"],
 "delegations": [
  {"country": "KR", "head": {"name": "Youn Jong Kwon", "title": "Director-General for International Security"}},
  {"country": "NL", "head": {"name": "Joost Flamand", "title": "Director for Security Policy", "agency": "Ministry of Foreign Affairs"}, "agencies": ["Ministry of Foreign Affairs"]}],
 "related_events": [
  {"description": "the upcoming second REAIM Summit, which will be co-hosted by the ROK and the Netherlands in Seoul this September", "date": "2024-09", "location": {"name": "Seoul", "country": "KR"}}]
}

R['g12-jp-gb-2012-ssrc-report'] = {
 "$comment": "REAL text (a research-centre report, not a government release), http://www.shield.ne.jp/ssrc/topics/SSRC-ER-12-020-en.html ; the line 'Security Studies Research Center' is mine; quotes made straight, the footnote marks '(footnote:i)' written in ASCII; the copy breaks off in a quotation at the end of the third paragraph, the cut sentence dropped. 'held the first Japan-UK cyber dialogue between June 19th and 20th, 2012, in Tokyo': 2012-06-19 to 2012-06-20, place Tokyo, round 1, series as written. Participants in the order 'Japan-UK'. Agencies: 'inviting the Japanese Ministry of Foreign Affairs and Japanese and UK Cabinet Offices' -> Japan: Ministry of Foreign Affairs, Cabinet Office; UK: Cabinet Office (grouped plural expanded, nationality qualifiers dropped). No persons lead. Topics: object of 'discussed' and the items of 'introduced their efforts such as' (split at commas and the last 'and'). RELATED EVENTS: the memorandum exchanged on June 3, 2012 at the Shangri-la Dialogue in Singapore, and the Noda-Cameron summit of April 10, 2012 (attendees named).",
 "series": "Japan-UK cyber dialogue",
 "round": 1, "date": "2012-06-19", "end_date": "2012-06-20", "status": "held",
 "location": {"name": "Tokyo", "country": "JP"},
 "participants": ["JP", "GB"],
 "topics": [
  "cybersecurity issues from economic and social/political perspectives",
  "the establishment of international rules",
  "security challenges of cyber threats",
  "current countermeasures against cyber crimes",
  "the protection of information security systems"],
 "delegations": [
  {"country": "JP", "agencies": ["Ministry of Foreign Affairs", "Cabinet Office"]},
  {"country": "GB", "agencies": ["Cabinet Office"]}],
 "related_events": [
  {"description": "Tokyo and London exchanged a memorandum to strengthen defense cooperation in various areas including cyberspace", "date": "2012-06-03", "location": {"name": "Singapore", "country": "SG"}},
  {"description": "summit meeting", "date": "2012-04-10",
   "attendees": [{"name": "Yoshihiko Noda", "country": "JP"}, {"name": "David Cameron", "country": "GB"}]}]
}

R['g13-eu-ua-2021-eeas-brussels'] = {
 "$comment": "REAL text (EEAS press item), https://www.eeas.europa.eu/eeas/cyberspace-eu-and-ukraine-launch-dialogue-cyber-security_en ; the line 'European Union External Action' is mine (the site's name, as another copy of this release calls it); the copy breaks off in the next sentence ('The EU and Ukraine reaffirmed the importance of the Budapest Convention ... to enhance cooperation on ...'), dropped. 'On 3 June 2021 ... held their first cyber dialogue': date, round 1. TRAP: 'Brussels' under the date is the release's dateline, not said to be the place: no location. The text gives the dialogue no name beyond 'their first cyber dialogue': no series (see doubts). EU first, as in the text. No persons, no agencies. Topics: objects of 'provided updates on' (split at commas, 'as well as' and 'including'; '(NIS)' dropped) and of 'Particular focus was put on' (the 'with the aim to ...' clause dropped). Venue: the United Nations (the Programme of Action).",
 "round": 1, "date": "2021-06-03", "status": "held",
 "participants": ["eu", "UA"],
 "topics": [
  "their respective cyber-related institutional settings",
  "responsibilities",
  "policy and legislative developments",
  "the update of the EU Network Information Security Directive",
  "the efforts by Ukraine to develop its cybersecurity-related policies and legislation, in alignment with the EU legal and institutional framework",
  "matters pertaining to coordination and cooperation in international fora"],
 "venues": ["United Nations"]
}

R['g14-ch-us-2020-fdfa-video'] = {
 "$comment": "REAL text (Swiss FDFA news item, English), https://www.dfae.admin.ch/eda/en/fdfa/fdfa/aktuell/newsuebersicht/2020/07/cyberdialog.html ; the header line 'Federal Department of Foreign Affairs FDFA' is mine; the photo alt text and caption are the page's; the copy breaks off in the last paragraph ('... Switzerland's cyberspace more secure, preserving the o...'), the cut sentence dropped. 'On Thursday, 9 July 2020': 2020-07-09 (a Thursday). 'the first bilateral cyber dialogue' = round 1; no name: no series. HYBRID: 'some of the exchange took place digitally - the US Embassy in Bern organised a video exchange with Washington' -> attendance hybrid; location Bern, where the Swiss side sat at the US Embassy (see doubts). Switzerland first. Swiss agencies as the text spells them (acronyms alone kept: FDFA, FDF, DDPS, OFCOM, fedpol); 'the Federal Delegate for Cyber Security' is an office holder within the FDF, not written as an agency. US: 'the US Embassy in Bern' -> 'Embassy in Bern'. No heads. Topic: the SwissCovid tracing app ('attracted particular interest').",
 "round": 1, "date": "2020-07-09", "status": "held", "attendance": "hybrid",
 "location": {"name": "Bern", "country": "CH"},
 "participants": ["CH", "US"],
 "topics": ["the SwissCovid tracing app"],
 "delegations": [
  {"country": "CH", "agencies": ["FDFA", "FDF", "DDPS", "OFCOM", "fedpol"]},
  {"country": "US", "agencies": ["Embassy in Bern"]}]
}

R['g15-asean-ru-2021-tass-virtual'] = {
 "$comment": "REAL text (TASS wire story), https://tass.com/politics/1342009 ; the lines 'TASS' and the headline (mine, from the first sentence) are added; curly quotes/apostrophe made straight. Wire dateline 'MOSCOW, September 24. /TASS/.' is not the place: the meeting was 'held by videoconference' -> attendance virtual, no location. DATE: the text gives no day of the meeting (only that the ministry 'said Friday', the dateline day) and no year; only the YEAR follows from the text: Friday, September 24 with the 'Open-Ended Working Group ... 2021-2025' and the pandemic ('if the epidemiological situation permits') -> 2021 (24 September 2021 was a Friday) -> date '2021' (see doubts). 'the first meeting of the ASEAN-Russia Dialogue' = round 1; series as written. Participants: Russia first ('Russian and ASEAN delegations'); ASEAN as the organization. No persons; the Foreign Ministry is the source, not written as an agency. Topics: the items of 'The event's agenda included' (split at 'including') and of 'a substantial exchange of views on' (split at 'including'). Venues: the three fora named (OEWG, the Ad Hoc Committee, ITU) as written. The draft working plan is an outcome; the second consultations 'next year' are a plan.",
 "series": "ASEAN-Russia Dialogue",
 "round": 1, "date": "2021", "status": "held", "attendance": "virtual",
 "participants": ["RU", "asean"],
 "topics": [
  "cooperation between Russia and ASEAN member states on ICT and ICT-related security",
  "global and regional ASEAN-centric platforms",
  "cooperation in ICT security",
  "interaction within the framework of global initiatives put forward by Russia"],
 "venues": [
  "Open-Ended Working Group on Security of and in the Use of Information and Communications Technologies 2021-2025",
  "Ad Hoc Intergovernmental Committee to elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes",
  "International Telecommunication Union"]
}

for k, v in R.items():
    with open(os.path.join(G, k + '.json'), 'w', encoding='utf-8') as f:
        json.dump(v, f, ensure_ascii=False, indent=2); f.write('\n')
print(len(R))
