#!/usr/bin/python3
"""Writes gold/*.json (written outside the repository as /work/blind-t) (all gold records of the blind split T in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['t01-gb-fr-2023-gov-uk'] = {
 "$comment": "REAL text (UK government news, gov.uk), https://gov.uk/government/news/uk-france-cyber-dialogue-11-may-2023 ; the last sentence, cut in the index copy ('The two countries exchanged on their approaches to fostering the development of a cyber ecosystem'), dropped; curly quotes made straight. 'fourth' = round 4; '11 May 2023'; place 'Paris' (body). Participants in the order of the headline ('UK-France'). No person leads and no agency is named ('the British delegation' only): no delegations. Topics: objects of 'shared', 'presented', 'exchanged on', 'discussed', 'continued discussions on', split at 'including'. Venues from the 'exchanged on' sentence. The Summit and Joint Leaders' Declaration of 10 March 2023 (the Summit written as a related event) and the visit of Friday 12 May 2023 are related events, not the meeting.",
 "series": "UK-France Cyber Dialogue",
 "round": 4, "date": "2023-05-11", "status": "held",
 "location": {"name": "Paris", "country": "FR"},
 "participants": ["GB", "FR"],
 "topics": [
  "their analysis of the threat",
  "the latest developments in their respective cybersecurity policies",
  "their priorities for the ongoing discussions in the various multilateral fora",
  "the implementation of a joint initiative to take forward international action and our shared ambition to address the threat from commercial cyber proliferation",
  "commercial spyware",
  "the prospects for strengthening bilateral coordination in response to cyber threats",
  "cooperation for ensuring cybersecurity of major events",
  "the fight against cybercrime"],
 "venues": ["UN", "Paris Call for Trust and Security in Cyberspace"],
 "related_events": [
  {"description": "the 36th Franco-British Summit", "date": "2023-03-10"},
  {"description": "the British delegation was invited to visit the new Cyber Campus inaugurated in 2022 in the heart of La Défense", "date": "2023-05-12", "location": {"name": "La Défense", "country": "FR"}}]
}

R['t02-ru-fr-2019-sputnik'] = {
 "$comment": "REAL text (Sputnik news story), https://sputnikglobe.com/amp/20191122/france-russia-agree-to-jointly-combat-cyber-security-threats-1077368884.html ; ADAPTED: the line 'Published: 2019-11-22' is mine (date in the address); a related-article link line ('Cyber Attacks Can Be Bought Online ...') and the last, cut sentence ('In turn, the Russian side received with interest a detailed ...') dropped; quotes made straight. '15 November' takes the year of the Published line. Place Moscow (body: 'took place in Moscow'). Series as the body names it; participants in the order of that name ('Russian-French'; the headline says 'France, Russia'). No heads named in this copy. Agencies as listed, in text order; ANSSI acronym dropped; the French Embassy kept as written. Topic: object of 'the consultations were about'. The 2018 St Petersburg agreements are a related event (year only).",
 "series": "Russian-French inter-agency consultations on international security in the field of ICTs",
 "date": "2019-11-15", "status": "held",
 "location": {"name": "Moscow", "country": "RU"},
 "participants": ["RU", "FR"],
 "topics": ["the Paris Call for Trust and Security in Cyberspace"],
 "delegations": [
  {"country": "RU", "agencies": ["Ministry of Foreign Affairs", "Prosecutor-General's Office", "Ministry of Internal Affairs", "Ministry of Defence", "Ministry of Justice", "Federal Security Service", "Federal Guard Service", "Federal Service for Technical and Export Control", "Investigative Committee", "Staff of the Security Council of the Russian Federation"]},
  {"country": "FR", "agencies": ["National Cybersecurity Agency of France", "Ministry for Europe and Foreign Affairs", "Ministry of the Interior", "French Embassy in Moscow"]}],
 "related_events": [
  {"description": "the agreements reached in St Petersburg in 2018 by Russian President Vladimir Putin and his French counterpart Emmanuel Macron", "date": "2018",
   "location": {"name": "St Petersburg", "country": "RU"},
   "attendees": [{"name": "Vladimir Putin", "title": "Russian President", "country": "RU"}, {"name": "Emmanuel Macron", "country": "FR"}]}]
}

R['t03-nato-eu-2019-continental-defence'] = {
 "$comment": "REAL text (defence news site reposting a NATO news item), https://continental-defence.com/nato-european-union-experts-review-cyber-defence-cooperation ; ADAPTED: the headline is mine (from the address); the trailing 'Read More' dropped; quotes made straight. Two organizations (NATO, EU), no country. 'Tuesday (17 December 2019)'. Place: 'at the Alliance's headquarters in Brussels' written as Brussels. No series name, no round. Missiroli is quoted, not said to lead: no heads, no delegations. Topics: objects of 'discussed' (split at 'and') and 'addressed'.",
 "date": "2019-12-17", "status": "held",
 "location": {"name": "Brussels", "country": "BE"},
 "participants": ["nato", "eu"],
 "topics": [
  "efforts to enhance the security of next generation networks",
  "initiatives to promote cyber stability between states",
  "ways to prevent, deter and respond to malicious cyber activities"]
}

R['t04-us-co-2021-agenparl'] = {
 "$comment": "REAL text (State Dept spokesperson statement via AGENPARL), https://agenparl.eu/secretary-blinkens-participation-in-the-ninth-u-s-colombia-high-level-dialogue/ ; the closing rule line dropped. A bilateral policy (not cyber) dialogue; 'digital development' only in a commitment. 'ninth round' = round 9; 'October 21' takes the year of the header lines (2021). Place 'Bogotá, Colombia' written as Bogotá. Heads: Blinken 'led the U.S. delegation'; Ramírez 'led the Colombian delegation' (title without 'Colombian'). Topics: the areas after 'held discussions on expanding cooperation in the areas of', split at semicolons and at the commas/'and' of each area ('Economic and Social Opportunities' kept whole). The commitments are outcomes; 'First conducted in 2010' and the 200-year anniversary not written as related events.",
 "series": "U.S.-Colombia High-Level Dialogue",
 "round": 9, "date": "2021-10-21", "status": "held",
 "location": {"name": "Bogotá", "country": "CO"},
 "participants": ["US", "CO"],
 "topics": [
  "Economic and Social Opportunities",
  "Education", "Culture", "Sports",
  "Environment", "Climate Change", "Health",
  "Energy", "Infrastructure",
  "Democracy", "Good Governance", "Human Rights",
  "Security", "Counternarcotics", "Rural Development"],
 "delegations": [
  {"country": "US", "head": {"name": "Antony J. Blinken", "title": "Secretary of State"}},
  {"country": "CO", "head": {"name": "Marta Lucía Ramírez", "title": "Vice President and Foreign Minister"}}]
}

R['t05-us-sa-2020-arabnews'] = {
 "$comment": "REAL text (Arab News story), https://www.arabnews.com/node/1752231/saudi-arabia ; ADAPTED: the line 'Published: 2020-10-21' is mine (page date the index gives); the last, cut sentence ('Other subjects included infrastructure protection and public securi...') dropped; quotes made straight. A strategic (security) dialogue; no cyber. 'NEW YORK:' is a dateline, not the place; the place is Washington ('held on Oct. 14 in Washington'); 'Oct. 14' takes the year of the Published line. No round in this text. Co-chairs one per side ('Prince' dropped as a royal honorific; titles without 'US'/'Saudi'). Topics: objects of 'focused on', 'were also discussed' and 'discussions ... on' (split at 'as well as'). The Iran commitment and the praise are not topics. The 1945 Roosevelt-Abdul Aziz meeting written as a related event.",
 "series": "US-Saudi Strategic Dialogue",
 "date": "2020-10-14", "status": "held",
 "location": {"name": "Washington", "country": "US"},
 "participants": ["US", "SA"],
 "topics": [
  "range of issues and conflicts in the region",
  "Mutual efforts to enhance security in Iraq",
  "defense cooperation to deter regional threats",
  "security and intelligence cooperation in the fight against terrorist groups"],
 "delegations": [
  {"country": "US", "head": {"name": "Mike Pompeo", "title": "Secretary of State"}},
  {"country": "SA", "head": {"name": "Faisal Bin Farhan", "title": "Foreign Minister"}}],
 "related_events": [
  {"description": "the historic 1945 meeting between President Franklin D. Roosevelt and King Abdul Aziz aboard the USS Quincy", "date": "1945",
   "attendees": [{"name": "Franklin D. Roosevelt", "title": "President", "country": "US"}, {"name": "Abdul Aziz", "title": "King", "country": "SA"}]}]
}

R['t06-ae-us-2020-urdupoint-wam-virtual'] = {
 "$comment": "REAL text (WAM wire story via UrduPoint), https://www.urdupoint.com/en/middle-east/abdullah-bin-zayed-highlights-strong-dynamic-1062688.html ; the '(@FahadShabbir)' byline and the last, cut sentence ('\"Not so long ago, I') dropped; quotes made straight. **Virtual** ('virtual launch of the Inaugural US-UAE Strategic Dialogue'): attendance virtual, no location (the ABU DHABI dateline is not a place). 'Inaugural' = round 1. 'today' = the date in the wire header, 21st Oct, 2020 (another source dates the launch 20 October; the text alone gives 21). Participants in text order (UAE first). Heads: the two who 'led' each side ('H.H. Sheikh' dropped). Topics: the eight areas of 'a framework to discuss cooperation in eight areas', split at the semicolons only (the text counts eight).",
 "series": "US-UAE Strategic Dialogue",
 "round": 1, "date": "2020-10-21", "status": "held",
 "attendance": "virtual",
 "participants": ["AE", "US"],
 "topics": [
  "political partnership",
  "security cooperation",
  "law enforcement and border security",
  "intelligence and counterterrorism",
  "human rights",
  "economic, energy, and commercial partnership",
  "cultural and academic exchanges",
  "space partnership"],
 "delegations": [
  {"country": "AE", "head": {"name": "Abdullah bin Zayed Al Nahyan", "title": "Minister of Foreign Affairs and International Cooperation"}},
  {"country": "US", "head": {"name": "Michael R. Pompeo", "title": "Secretary of State"}}]
}

R['t07-us-il-2016-embassies-gov-il'] = {
 "$comment": "REAL text (Consulate General of Israel in Philadelphia, 'Consul General Sidenote'), https://embassies.gov.il/philadelphia/NewsAndEvents/Pages/Consul-General-Sidenote-2462016.aspx ; verbatim (en dash of the headline and apostrophes made ASCII). **Security strategic dialogue**; 'this week' under 'Sidenote 24/6/2016': no day, date written as the month '2016-06'. Place Jerusalem. Series as written ('their Strategic Dialogue'); participants in the order of the headline ('Israel-US'). No persons, no agencies. Topics: object of 'Delegations discussed', split at 'including' and the comma; 'to discuss a variety of issues and perspectives' not written (a generic phrase, see README doubts). The cyber agreement signed 'this week' is a related event; DHS's AIS initiative is not an event.",
 "series": "Strategic Dialogue",
 "date": "2016-06", "status": "held",
 "location": {"name": "Jerusalem", "country": "IL"},
 "participants": ["IL", "US"],
 "topics": [
  "a full range of security matters",
  "shared threats",
  "opportunities for regional cooperation"],
 "related_events": [
  {"description": "Israel and the US signed an operative cyber defense cooperation agreement", "date": "2016-06"}]
}

R['t08-eu-mx-2019-ec-blog'] = {
 "$comment": "REAL text (European Commission digital-single-market blog post), https://ec.europa.eu/digital-single-market/en/blogposts/eu-and-mexico-taking-digital-cooperation-step-forward ; the last, cut paragraph ('In addition, the digital transformation ... artificial intelligence,') dropped; quotes made straight. **Digital dialogue**, EU as a side. 'second' = round 2; '29 May 2019'; 'in Mexico City'. The co-chairs are the unnamed authors ('we co-chaired'): no heads, no delegations. Topics: the two objects of 'We discussed' (split at ', and'). Agreements ('agreed to develop further connectivity projects'), the welcomed Global Agreement and the BELLA project are not topics.",
 "series": "EU-Mexico dialogue on digital economy",
 "round": 2, "date": "2019-05-29", "status": "held",
 "location": {"name": "Mexico City", "country": "MX"},
 "participants": ["eu", "MX"],
 "topics": [
  "Mexico's new focus on addressing the digital needs of the most vulnerable communities",
  "the \"Internet for everyone\" policy developed by the Mexican government"]
}

R['t09-mx-eu-2021-sre'] = {
 "$comment": "REAL text (Mexican Foreign Ministry, SRE 'High level dialogues Mexico-EU' page), https://globalmx.sre.gob.mx/index.php/en/high-level-dialogues-mexico-eu/security-and-justice ; verbatim (the last line is the page's link to an earlier communiqué, kept as written). **Security and justice dialogue**, cybersecurity one item. 'The III Dialogue' = round 3; 'on 11 May 2021'. No place, no persons, no agencies. Series as the page's link names the dialogue (without its ordinal); participants in the order 'Mexico-European Union'. Topics: objects of 'addressed', split at commas and 'and' ('the fight against' read with the first item only, as written). The 2016 and 2011 editions and the '2nd Dialogue' link are not written as related events.",
 "series": "Dialogue Mexico - European Union on Justice and Security",
 "round": 3, "date": "2021-05-11", "status": "held",
 "participants": ["MX", "eu"],
 "topics": [
  "the fight against cybersecurity",
  "corruption",
  "money laundering",
  "arms trafficking"]
}

R['t10-us-co-2019-usembassy-communique'] = {
 "$comment": "REAL text (U.S. Embassy Bogotá, joint communique), https://co.usembassy.gov/u-s-colombia-high-level-dialogue-joint-communique/ ; the last, cut sentence ('The plans aim to transform communities through provision of public good...') dropped; apostrophes made straight. **Joint communique**; 'On October 9, 2019'; no place in this text; no round ('the High Level Dialogue'). Heads: the two ministers who 'met under the auspices of the High Level Dialogue' (titles without 'U.S.'/'Colombian'). Topic: object of 'to discuss'. INL, USAID and Colombia's National Security Council are named in an agreed framework, not as delegations. Targets and agreements are outcomes.",
 "series": "U.S.-Colombia High Level Dialogue",
 "date": "2019-10-09", "status": "held",
 "participants": ["US", "CO"],
 "topics": ["our broad bilateral agenda"],
 "delegations": [
  {"country": "US", "head": {"name": "Michael Pompeo", "title": "Secretary of State"}},
  {"country": "CO", "head": {"name": "Carlos Holmes Trujillo", "title": "Foreign Minister"}}]
}

R['t11-pl-ee-lt-lv-ua-2021-gov-pl'] = {
 "$comment": "REAL text (Polish MFA, gov.pl), https://gov.pl/web/diplomacy/deputy-minister-marcin-przydacz-takes-part-in-meeting-on-cyber-attacks ; verbatim (dash made ASCII, apostrophes straight). **One-off meeting of five countries** (no series, no round): Poland's deputy minister with 'the ambassadors and representatives of Estonia, Lithuania, Latvia, and Ukraine'. 'On 22 June 2021'; no place. Head: Przydacz for Poland (title/agency split from 'Undersecretary of State at the Ministry of Foreign Affairs'); the others unnamed. Topics: objects of 'he outlined' (the 'such as' example not split off). The Foreign Affairs Council session of 21 June 2021 is a related event.",
 "date": "2021-06-22", "status": "held",
 "participants": ["PL", "EE", "LT", "LV", "UA"],
 "topics": [
  "the current situation",
  "the next steps that Poland is planning to take"],
 "delegations": [
  {"country": "PL", "head": {"name": "Marcin Przydacz", "title": "Undersecretary of State", "agency": "Ministry of Foreign Affairs"}}],
 "related_events": [
  {"description": "the Foreign Affairs Council session", "date": "2021-06-21"}]
}

R['t12-lt-il-2019-defense-aerospace'] = {
 "$comment": "REAL text (Lithuanian Ministry of Defence release via defense-aerospace.com), http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=199471&cat=3 ; verbatim (quotes made straight; the index's page-date marker not kept). **One-off bilateral meeting** at which a declaration was signed (no series, no round); 'On January 28' takes the year of 'issued Jan 29, 2019' ('signed Monday' agrees: 2019-01-28 is a Monday). Place Tel Aviv. Head: Kerza for Lithuania; the Israeli Director General is unnamed (no Israeli delegation written). No topics: the agreements ('agreed to exchange ... to hold bilateral meetings') are outcomes. The 28-30 January visit is a related event; the planned CyberTech participation is not written.",
 "date": "2019-01-28", "status": "held",
 "location": {"name": "Tel Aviv", "country": "IL"},
 "participants": ["LT", "IL"],
 "delegations": [
  {"country": "LT", "head": {"name": "Edvinas Kerza", "title": "Vice Minister of National Defence"}}],
 "related_events": [
  {"description": "Vice Minister of National Defence E. Kerza is conducting a visit to Israel in the delegation of Prime Minister Saulius Skvernelis", "date": "2019-01-28"}]
}

os.makedirs(G, exist_ok=True)
for name, rec in R.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(R), 'records written')
