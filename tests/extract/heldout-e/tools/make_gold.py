#!/usr/bin/python3
"""Writes gold/*.json for the blind set e01-e18 (all records in one reviewable file)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'gold')

def loc(name, cc): return {"name": name, "country": cc}
def head(name, title=None, agency=None):
    h = {"name": name}
    if title: h["title"] = title
    if agency: h["agency"] = agency
    return h

R = {}

R['e01-us-ua-2017-media-note'] = {
 "$comment": "REAL text, verbatim (curly apostrophes made straight). State Department media note 'Joint Statement of the First U.S.-Ukraine Cybersecurity Dialogue', Office of the Spokesperson, Washington, DC, October 3, 2017, as copied by http://government-world.com/press-releases-joint-statement-of-the-first-u-s-ukraine-cybersecurity-dialogue . Dateline Washington, DC is not the place: the dialogue was held in Kyiv on September 29, 2017 (date line is October 3). 'first' = round 1; series from the title. No head, no agency named ('interagency delegations' only): no delegations. The only thing the text says was discussed is 'increased cooperation as a means to prevent similar incidents in the future'; NATO named as a framework of cooperation (venue).",
 "series": "U.S.-Ukraine Cybersecurity Dialogue", "round": 1, "date": "2017-09-29", "status": "held",
 "location": loc("Kyiv", "UA"), "participants": ["US", "UA"],
 "topics": ["increased cooperation as a means to prevent similar incidents in the future"],
 "venues": ["NATO"],
}

R['e02-us-ua-2018-ukrweekly'] = {
 "$comment": "REAL text, trimmed. The Ukrainian Weekly, 'Second U.S.-Ukraine Cybersecurity Dialogue held in Kyiv', page date November 9, 2018, https://ukrweekly.com/uwwp/second-u-s-ukraine-cybersecurity-dialogue-held-in-kyiv (a reprint of the State Department statement). The copy breaks off inside the next sentence ('The U.S. delegation included rep...'): that sentence and the rest are dropped, so the text names no delegation members. Dateline 'WASHINGTON -' is not the place (Kyiv). 'On November 5' without a year: year 2018 from the date line. Pamela Tremont and Serhii Shutenko 'provided opening remarks': not written as heads. Topics: the objects of 'exchanged information on', 'discussed' and 'reviewed'; 'identified further areas for cooperation' and the list of assistance projects are not topics of discussion.",
 "series": "U.S.-Ukraine Cybersecurity Dialogue", "round": 2, "date": "2018-11-05", "status": "held",
 "location": loc("Kyiv", "UA"), "participants": ["US", "UA"],
 "topics": ["their respective national cybersecurity policy developments over the last year", "threat trends", "recent cyber incidents", "proposed U.S. cybersecurity assistance projects"],
}

R['e03-us-ua-2020-usubc'] = {
 "$comment": "REAL text, trimmed. State Department statement of March 3, 2020 as reposted by the U.S.-Ukraine Business Council, https://usubc.org/site/recent-news/the-united-states-and-ukraine-hold-third-cyber-dialogue ; the site's banner line ('Featured Galleries ...') kept as page noise; the copy breaks off in the next paragraph ('the Federal Bureau of Investigation presented the National Police of Ukraine Cyb...'), which is dropped. Dateline WASHINGTON, D.C. is not the place (Kyiv). 'third' = round 3. The text names the dialogue only as 'their third cyber dialogue'; series written 'U.S.-Ukraine Cyber Dialogue' (the first two rounds were titled 'U.S.-Ukraine Cybersecurity Dialogue', e01/e02). No delegation members named (Department of State and USAID appear as funders, not as delegations): no delegations. Topics: the items of 'discussed ... including' (the two items after 'including' kept as their own topics) and what 'the delegations reviewed'.",
 "series": "U.S.-Ukraine Cyber Dialogue", "round": 3, "date": "2020-03-03", "status": "held",
 "location": loc("Kyiv", "UA"), "participants": ["US", "UA"],
 "topics": ["recent national cybersecurity policy developments", "5G security concerns", "cyber capacity building", "international cyber policy issues", "engagements in multilateral fora", "policies around public attribution", "ongoing and proposed U.S. cybersecurity assistance projects"],
}

R['e04-asean-us-2019-co-chairs'] = {
 "$comment": "REAL text, verbatim up to the third paragraph (the rest of the statement dropped; curly quotes made straight). 'Co-Chairs' Statement on the Inaugural ASEAN-U.S. Cyber Policy Dialogue', U.S. Mission to ASEAN, https://asean.usmission.gov/co-chairs-statement-on-the-inaugural-asean-u-s-cyber-policy-dialogue/ . ASEAN is a side (participant 'asean'), text order ASEAN first. 'inaugural' = round 1. Co-chaired by two governments (the United States and Lao PDR), no person named and no agency: no delegations; Lao PDR co-chairs for ASEAN and is not written as a third participant. Topics: the items of 'exchanged views on' and 'also discussed'. The November 2018 summit is background, not written as a related event.",
 "series": "ASEAN-U.S. Cyber Policy Dialogue", "round": 1, "date": "2019-10-03", "status": "held",
 "location": loc("Singapore", "SG"), "participants": ["asean", "US"],
 "topics": ["the international cyber environment", "national cyber priorities", "joint cooperation in international venues", "our respective cyber capacity building priorities in the region", "the potential of 5th generation (5G) wireless technology"],
}

R['e05-asean-us-2023-ani'] = {
 "$comment": "REAL text, trimmed and cut. ANI via Lokmat Times, https://www.lokmattimes.com/international/4th-asean-us-cyber-policy-dialogue-focuses-on-reducing-risk-of-misperception-escalation-in/ ; headline rebuilt from the page address; the 'Published: November 7, 2023' line is the page date (added by me). The last sentence breaks off in the copy after '..., the Digital Connectivity and Cybersecurity Partnership, the ASEAN-Japan Cybersecurity Capacity Bui'; I ended the list after the Partnership ('... on Cybersecurity and the Digital Connectivity and Cybersecurity Partnership.' - the 'and' and the full stop are mine). Dateline 'Washington DC [US], November 7' is the place of the State Department statement, not of the dialogue: the text names no place, so no location. 'held on October 19 this year': year 2023 from the publication line. 'on Tuesday' is the day of the statement, not of the meeting. 'fourth' = round 4. Series as the text spells the pair ('ASEAN-US'). The bodies through which efforts were 'advanced' (AMMTC, ARF ISM etc.) are not written as venues of this dialogue. No delegations named.",
 "series": "ASEAN-US Cyber Policy Dialogue", "round": 4, "date": "2023-10-19", "status": "held",
 "participants": ["asean", "US"],
 "topics": ["framing the work required to be done in order to reduce the 'misperception' and 'escalation in cyberspace'", "strengthening regional cooperation on cyber capacity building"],
}

R['e06-asean-in-2024-india-news-network'] = {
 "$comment": "REAL text, trimmed. India News Network, https://in.indianewsnetwork.com/en/20241018/first-asean-india-track-1-cyber-policy-dialogue-held-in-singapore-a-step-towards-strengthening-digital-security-coo (page of 2024-10-18; headline completed from the cut page address, my wording for its last words); trimmed after the sixth paragraph. ASEAN is a side (participant 'asean', text order first). 'First' = round 1. Co-chairs one per side: the Indian Joint Secretary (agency not named in these words: none written) and the Philippines' Undersecretary, who co-chairs for ASEAN as India's Country Coordinator (delegation 'asean'; his department is not named). The Vientiane summit of October 10, 2024 is a related event, not the place. Topics: the items of 'to discuss ..., share ..., and explore ...', the 'core of the discussions' and 'exchange views on'.",
 "series": "ASEAN-India Track 1 Cyber Policy Dialogue", "round": 1, "date": "2024-10-16", "status": "held",
 "location": loc("Singapore", "SG"), "participants": ["asean", "IN"],
 "topics": ["the evolving cyber threat landscape", "national cyber policies", "new areas of cooperation in the rapidly changing digital domain", "the rising threat of cyber-attacks", "the increasing complexity of the global cyber threat landscape", "current cyber threats"],
 "related_events": [{"description": "the announcement made by Indian Prime Minister Narendra Modi during the 21st ASEAN-India Summit", "date": "2024-10-10", "location": loc("Vientiane", "LA")}],
 "delegations": [
  {"country": "asean", "head": head("Jeffrey Ian Dy", "Undersecretary for Infrastructure Management, Cyber Security, and Upskilling"), "agencies": []},
  {"country": "IN", "head": head("Amit A Shukla", "Joint Secretary for Cyber Diplomacy"), "agencies": []},
 ],
}

R['e07-asean-au-2018-joint-chairs'] = {
 "$comment": "REAL text, trimmed. 'ASEAN-Australia Cyber Policy Dialogue - Joint Chairs' Statement', Australia's international cyber and critical technology site, https://www.internationalcybertech.gov.au/node/89 (the text's own 'ASEAN-Australia- Cyber Policy Dialogue' typo kept; en dash of the title made ASCII; the copy's last, cut sentence 'Participants called for ... each ASEAN Member Stat' dropped). ASEAN is a side; co-chaired by Australia and Singapore (as 2018 ASEAN Chair), no person or agency named: no delegations, Singapore not a third participant. 'inaugural' = round 1. Topics: the four bullets of 'The Dialogue agreed to focus on' kept whole (each bullet is one item; not split inside), plus 'the establishment of a Cyber Points of Contact Directory' ('made progress in discussing'). The Sydney Declaration of the March 2018 special summit is a related event.",
 "series": "ASEAN-Australia Cyber Policy Dialogue", "round": 1, "date": "2018-09-18", "status": "held",
 "location": loc("Singapore", "SG"), "participants": ["asean", "AU"],
 "topics": ["Strengthening an understanding of international law, norms and confidence building measures and how they apply in cyberspace", "Strengthening cybercrime prevention, prosecution and cooperation", "Building regional cyber incident prevention and response", "Promoting women's participation in the digital economy", "the establishment of a Cyber Points of Contact Directory"],
 "related_events": [{"description": "the Sydney Declaration of the ASEAN-Australia Special Summit", "date": "2018-03"}],
}

R['e08-gb-eu-2023-wired-gov'] = {
 "$comment": "REAL text, trimmed. UK government news (FCDO) via WiredGov, https://www.wired-gov.net/wg/news.nsf/articles/the+first+ukeu+cyber+dialogue+takes+place+in+brussels+18122023141000?open ; headline from the page address, '18 December 2023' is the page date (added by me); the last sentence, cut in the copy ('Both sides agreed to hold the next UK-EU Cyber Dial...'), dropped. EU is a side; 'inaugural' = round 1. Two co-chairs on each side (arrays). The EU co-chair's name is kept as the text spells it ('Lorena Biox Alonso'). Agencies: the co-chairs' agencies and 'Officials from the Home Office, DSIT, FCDO and the UK Mission to the European Union'; 'the European Commission's Directorate General for ...' gives the DG only (convention 'X's Y'). Topics split at commas and at 'and' where two things are named: 'policies for secure technology, digital identity and cyber resilience' gives three. Venue: the United Nations (its Programme of Action named).",
 "series": "UK-EU Cyber Dialogue", "round": 1, "date": "2023-12-14", "status": "held",
 "location": loc("Brussels", "BE"), "participants": ["GB", "eu"],
 "topics": ["international security", "emerging technologies", "internet governance", "cybersecurity", "cyber defence", "cybercrime",
            "policies for secure technology", "digital identity", "cyber resilience", "deterrence strategies against cyber threats", "cyber sanctions", "capacity building",
            "global cyber governance", "responsible behaviour in cyberspace", "international cooperation in multilateral fora"],
 "venues": ["United Nations"],
 "delegations": [
  {"country": "GB", "head": [head("Will Middleton", "Cyber Director", "Foreign, Commonwealth and Development Office"), head("Andrew Elliot", "Deputy Director for Cyber Security", "Department for Science, Innovation and Technology")],
   "agencies": ["Foreign, Commonwealth and Development Office", "Department for Science, Innovation and Technology", "Home Office", "UK Mission to the European Union"]},
  {"country": "eu", "head": [head("Joanneke Balfoort", "Director for Security and Defence Policy", "European External Action Service"), head("Lorena Biox Alonso", "Director for Digital Society, Trust and Cybersecurity", "Directorate General for Communications Networks, Content and Technology")],
   "agencies": ["European External Action Service", "Directorate General for Communications Networks, Content and Technology"]},
 ],
}

R['e09-gb-eu-2025-wired-gov'] = {
 "$comment": "REAL text, verbatim. UK government news (FCDO and DSIT) via WiredGov, https://www.wired-gov.net/wg/news.nsf/articles/the+third+ukeu+cyber+dialogue+took+place+in+brussels+15122025151000?open ; the '15 December 2025' line is the page date (added by me). Dates without year ('Tuesday 9 December and Wednesday 10 December'): year 2025 from the date line (and the next round is 'in 2026'). 'third' = round 3. Two co-chairs per side (arrays). The text misspells the FCDO as 'UK Foreign, Commonwealth and Development Officer (FCDO)': written with the registry name Foreign, Commonwealth and Development Office; 'Department of Science, Innovation and Technology' (not 'for') kept as written; 'Maciej Stadajek' kept as written. UK agencies: the co-chairs' and 'officials from the FCDO, DSIT, the National Cyber Security Centre and the Home office' (Home Office). EU agencies: EEAS, DG CNECT, the European Commission, and 'EU agencies (Europol, ENISA)'. Topics: the six items of 'The agenda included exchanges of views on ...', separated by semicolons, kept whole.",
 "series": "UK-EU Cyber Dialogue", "round": 3, "date": "2025-12-09", "end_date": "2025-12-10", "status": "held",
 "location": loc("Brussels", "BE"), "participants": ["GB", "eu"],
 "topics": ["our respective approaches to cyber legislation to ensure high levels of cyber security while minimising compliance burdens on industry", "deterrence strategies against cyber threats", "countering cybercrime", "cyber capacity building", "incident response", "working with the multi-stakeholder community to uphold a free, open, secure and peaceful cyberspace"],
 "delegations": [
  {"country": "GB", "head": [head("Andrew Whittaker", "Cyber Director", "Foreign, Commonwealth and Development Office"), head("Irfan Hemani", "Deputy Director, Cyber Security Policy", "Department of Science, Innovation and Technology")],
   "agencies": ["Foreign, Commonwealth and Development Office", "Department of Science, Innovation and Technology", "National Cyber Security Centre", "Home Office"]},
  {"country": "eu", "head": [head("Maciej Stadajek", "Director, Security and Defence Policy", "European External Action Service"), head("Christiane Kirketerp de Viron", "Acting Director, Digital Society, Trust and Cybersecurity", "DG Communications Networks, Content & Technology")],
   "agencies": ["European External Action Service", "DG Communications Networks, Content & Technology", "European Commission", "Europol", "ENISA"]},
 ],
}

R['e10-eu-gb-2024-eeas'] = {
 "$comment": "REAL text, verbatim. EEAS news 'Cyber: EU and UK hold Second Cyber Dialogue', as held at https://eeas.eu.com/node/448052_fr?page_lang=en . The text has no date line and no year: 'On 5 and 6 December' with 'the next dialogue in 2025' gives December 2024 (inference, as heldout-d z04/z06). 'second' = round 2. Series: the text says only 'their second cyber dialogue'; written 'EU-UK Cyber Dialogue' after the text's own 'EU-UK' (Trade and Cooperation Agreement). Two co-chairs per side, EU first as in the text. Agencies only those of the co-chairs, as spelled ('EEAS' only as acronym; 'Foreign Commonwealth & Development Office'; 'Department for Science Innovation & Technology'). Topics split at commas/semicolons and at 'and' where two things are named ('cyber incident response and cyber defence' gives two). The private-sector side-event is not a topic of the dialogue. Venue: the United Nations.",
 "series": "EU-UK Cyber Dialogue", "round": 2, "date": "2024-12-05", "end_date": "2024-12-06", "status": "held",
 "location": loc("London", "GB"), "participants": ["eu", "GB"],
 "topics": ["approaches to cyber resilience", "secure technology", "digital identity", "deterrence strategies against cyber threats", "countering cybercrime including ransomware",
            "ongoing work in the United Nations on the promotion of responsible State behaviour in cyberspace", "the work with the multi-stakeholder community to uphold a free, open, secure and peaceful cyberspace",
            "respective developments related to cyber incident response", "cyber defence", "cyber skills", "cyber capacity building"],
 "venues": ["United Nations"],
 "delegations": [
  {"country": "eu", "head": [head("Maciej Stadejek", "Director for Security and Defence Policy", "EEAS"), head("Christiane Kirketerp de Viron", "Acting Director for Digital Society, Trust and Cybersecurity", "European Commission")],
   "agencies": ["EEAS", "European Commission"]},
  {"country": "GB", "head": [head("Andrew Whittaker", "Cyber Director", "Foreign Commonwealth & Development Office"), head("Rod Latham", "Director, Cyber Security and Digital Identity", "Department for Science Innovation & Technology")],
   "agencies": ["Foreign Commonwealth & Development Office", "Department for Science Innovation & Technology"]},
 ],
}

R['e11-us-eu-2022-state-page'] = {
 "$comment": "REAL body in ILLUSTRATIVE HTML, ADAPTED at the end. Body: 'The 2022 U.S.-EU Cyber Dialogue', https://www.state.gov/the-2022-u-s-eu-cyber-dialogue/ (the '.gov' banner words are the page's own as the index holds them); the rest of the page (menus, search, breadcrumbs, tags, related articles - their titles invented, one names Brussels -, footer, scripts) is illustrative boilerplate. The copy breaks off after '... Commerce, Justice, and Treasury'; I completed the sentence with ', the Cybersecurity and Infrastructure Security Agency, and the Federal Bureau of Investigation.' from the Albanian translation of the same note (https://shqiptarja.com/lajm/dialogu-kibernetik-mes-shba-dhe-be-synohet-ngritja-e-kapaciteteve-nw-ballkanin-perwndimor-dhe-partneriteti-nw-rast-krizash , '... Agjencia e Sigurise Kibernetike dhe Sigurise se Infrastruktures, dhe Byroja Feder[ale]'); the EU-side list, if the note has one, is missing. Year from the name '2022 U.S.-European Union Cyber Dialogue'; no round number. Chaired by four people, two per side (arrays; US heads' agency not named). 'the Departments of State, Homeland Security, Commerce, Justice, and Treasury' expanded; 'Treasury' written with the registry name Department of the Treasury. 'Directorate General ... (DG CONNECT), European Commission': both the DG and the Commission counted (as z10). Topics: 'discussed', 'covered a range of topics, including' (split at semicolons and commas; 'cyber diplomacy and deterrence' gives two; 'capacity building in the Western Balkans, Ukraine, Georgia, and Moldova' is one item), 'Officials discussed' and the panel discussions.",
 "series": "U.S.-European Union Cyber Dialogue", "date": "2022-12-15", "end_date": "2022-12-16", "status": "held",
 "location": loc("Washington, DC", "US"), "participants": ["US", "eu"],
 "topics": ["their shared commitment to a resilient cybersecurity partnership", "an open, interoperable, secure, and reliable Internet", "stability in cyberspace",
            "updates on respective cyber policy frameworks", "cooperation in multilateral fora", "cyber diplomacy", "deterrence", "collaboration on crisis response", "resilience",
            "capacity building in the Western Balkans, Ukraine, Georgia, and Moldova", "cybersecurity in space",
            "ongoing support for Ukraine's cyber defense", "the desire to engage further on tailored support for Albania following the July and September cyberattacks by Iran",
            "the protection of critical infrastructure"],
 "delegations": [
  {"country": "US", "head": [head("Jennifer Bachus", "Senior Bureau Official for Cyberspace and Digital Policy"), head("Liesyl Franz", "Acting Deputy Assistant Secretary for International Cyberspace Stability")],
   "agencies": ["National Security Council", "Office of the National Cyber Director", "Department of State", "Department of Homeland Security", "Department of Commerce", "Department of Justice", "Department of the Treasury", "Cybersecurity and Infrastructure Security Agency", "Federal Bureau of Investigation"]},
  {"country": "eu", "head": [head("Joanneke Balfoort", "Director for Security and Defense", "European External Action Service"), head("Lorena Boix Alonso", "Director for Digital Society, Trust and Cybersecurity", "Directorate General for Communications Networks, Content and Technology")],
   "agencies": ["European External Action Service", "Directorate General for Communications Networks, Content and Technology", "European Commission"]},
 ],
}

R['e12-ru-nl-2021-tass'] = {
 "$comment": "REAL text, verbatim (curly quotes made straight). TASS, 'MOSCOW, September 17. /TASS/.', https://tass.com/politics/1339323 (page date 2021-09-17; no headline in the copy). Wire story: dateline Moscow is not the place (The Hague). Two-day meeting September 16-17, 2021 (year in the quoted statement). 'first' = round 1; series as the text names it (lower case as written). 'Ministries of Internal Affairs, Foreign Affairs and Defense' expanded to three ministries; 'Ministry of Justice and Security' and 'Ministry of Economy and Climate Policy' are single ministries and are NOT split; 'Foreign Ministry' kept as written. No heads named. Topic: the one item of 'The agenda included', kept whole ('stated the necessity ...' is a conclusion, not a topic).",
 "series": "Russian-Dutch inter-agency consultations on cybersecurity", "round": 1, "date": "2021-09-16", "end_date": "2021-09-17", "status": "held",
 "location": loc("The Hague", "NL"), "participants": ["RU", "NL"],
 "topics": ["a wide array of security-related issues in the use of IT at global and regional platforms, as well as on the bilateral track"],
 "delegations": [
  {"country": "RU", "agencies": ["Ministry of Internal Affairs", "Ministry of Foreign Affairs", "Ministry of Defense", "Prosecutor General's Office", "Investigative Committee", "Federal Security Service"]},
  {"country": "NL", "agencies": ["Foreign Ministry", "Ministry of Justice and Security", "Ministry of Defense", "Ministry of Economy and Climate Policy"]},
 ],
}

R['e13-in-nz-2021-devdiscourse'] = {
 "$comment": "REAL text, verbatim (page clutter 'Left Menu' kept). Devdiscourse (PTI-style story on an MEA statement), https://www.devdiscourse.com/article/business/1810919-india-nz-agree-to-deepen-cooperation-in-cyber-domain , 'Updated: 17-11-2021'. A 'two-day virtual dialogue that concluded on Wednesday' in a story of Wednesday 17 November 2021: date 2021-11-16, end_date 2021-11-17; attendance virtual, no place. 'second edition' = round 2. Series as the text names it ('the India-New Zealand bilateral cyber dialogue'). India's head: Joint Secretary (Cyber Diplomacy) 'in the MEA' (= Ministry of External Affairs, defined in the first paragraph). Two co-leaders on the New Zealand side (array), no agency named. 'Senior officials from various government ministries' names no agency. Topics: what the dialogue 'discussed', 'exchanged views on' and 'explored'; the areas of the agreement to 'work closely' (cyber security, cyber crime, capacity building) are not written as topics.",
 "series": "India-New Zealand bilateral cyber dialogue", "round": 2, "date": "2021-11-16", "end_date": "2021-11-17", "status": "held",
 "attendance": "virtual", "participants": ["IN", "NZ"],
 "topics": ["various aspects of existing bilateral cooperation in cyber space", "the latest developments on cyber issues at bilateral, regional and multilateral fora", "initiatives to further deepen cyber cooperation"],
 "delegations": [
  {"country": "IN", "head": head("Atul Malhari Gotsurve", "Joint Secretary (Cyber Diplomacy)", "Ministry of External Affairs"), "agencies": ["Ministry of External Affairs"]},
  {"country": "NZ", "head": [head("Dan Eaton", "director of national security policy"), head("Georgina Sargison", "acting unit manager of emerging security issues")], "agencies": []},
 ],
}

R['e14-jp-de-2021-mofa-virtual'] = {
 "$comment": "ADAPTED (translated). Facts of the German-language press release of the Embassy of Japan in Germany, 'Pressemitteilung: 2. Japanisch-deutsche Cyber-Konsultationen', 2021/5/17, https://www.de.emb-japan.go.jp/itpr_de/presse_pm210517.html ; I translated it into English in the layout of a MOFA English press release (the 'Ministry of Foreign Affairs of Japan', 'Press Releases' and 'Back to Press Releases' lines are mine). Titles are my translations ('stellvertretender Abteilungsleiter zustaendig fuer Vereinte Nationen und Cyberpolitik' -> 'Deputy Director-General in charge of United Nations and Cyber Policy'; 'Botschafterin fuer Cyberaussenpolitik im Auswaertigen Amt' -> 'Ambassador for Cyber Foreign Policy, Federal Foreign Office'). Held 'als Videokonferenz': attendance virtual, no place. '2nd' = round 2. The text says the two ambassadors 'attended ... among others' (German 'u.a. ... teil'), not that they led: written as heads because they are the only officials named, one per side (see README doubts). Names as written (family name in capitals). Topics: the objects of 'exchanged views on' and 'discussed'; GGE and OEWG as venues (without the acronyms).",
 "series": "Japan-Germany Cyber Consultations", "round": 2, "date": "2021-05-17", "status": "held",
 "attendance": "virtual", "participants": ["JP", "DE"],
 "topics": ["the current environment surrounding cyberspace", "the policies of the two countries in cyberspace", "the impact of the COVID-19 pandemic on cybersecurity", "international processes", "cooperation between Japan and Germany in cyberspace"],
 "venues": ["United Nations Group of Governmental Experts", "Open-ended Working Group"],
 "delegations": [
  {"country": "JP", "head": head("AKAHORI Takeshi", "Deputy Director-General in charge of United Nations and Cyber Policy", "Ministry of Foreign Affairs of Japan"), "agencies": ["Ministry of Foreign Affairs of Japan"]},
  {"country": "DE", "head": head("Regine GRIENBERGER", "Ambassador for Cyber Foreign Policy", "Federal Foreign Office"), "agencies": ["Federal Foreign Office"]},
 ],
}

R['e15-fr-jp-2018-joint-communique'] = {
 "$comment": "ADAPTED (translated). Facts of the French Foreign Ministry's 'Communique conjoint franco-japonais sur le dialogue bilateral de cybersecurite (12.06.18)', https://www.diplomatie.gouv.fr/fr/dossiers-pays/japon/evenements/article/communique-conjoint-franco-japonais-sur-le-dialogue-bilateral-de-cybersecurite , which is in French; translated by me (the French page's typo 'dioalogue' not reproduced; accents dropped). The copy breaks off at the start of the topics paragraph ('Au cours de ce dialogue, l...'): no topics. Agency names: the Japanese ones as the French page gives them in English (kept: 'National center of Incident readiness and Strategy for Cybersecurity' in its odd capitals); the French ones translated by me ('Agence nationale de la securite des systemes d'information' -> 'National Cybersecurity Agency of France'), 'CEA' only as acronym, 'Pole d'excellence cyber' left in French; Japanese 'Centre de coordination de l'Equipe d'intervention ... (JPCERT/CC ...)' -> 'Japan Computer Emergency Response Team Coordination Center'. A joint communique; France first (the text's 'Franco-Japanese'). '4th' = round 4; 'Tuesday 12 June 2018', Tokyo. Co-chairs one per side; each co-chair's ministry counted first (text order). Acronyms in parentheses are dropped from the agency names.",
 "series": "Franco-Japanese Cybersecurity Dialogue", "round": 4, "date": "2018-06-12", "status": "held",
 "location": loc("Tokyo", "JP"), "participants": ["FR", "JP"],
 "delegations": [
  {"country": "FR", "head": head("David Martinon", "Ambassador for Digital Affairs", "Ministry for Europe and Foreign Affairs"),
   "agencies": ["Ministry for Europe and Foreign Affairs", "Ministry of the Armed Forces", "Ministry of the Interior", "National Cybersecurity Agency of France", "CEA", "Pole d'excellence cyber"]},
  {"country": "JP", "head": head("Masato Otaka", "Ambassador in charge of Cyber Policy", "Ministry of Foreign Affairs of Japan"),
   "agencies": ["Ministry of Foreign Affairs", "National Security Secretariat", "National center of Incident readiness and Strategy for Cybersecurity", "Cabinet Intelligence and Research Office", "Public Security Intelligence Agency", "National Police Agency", "Ministry of Internal Affairs and Communications", "Ministry of Economy, Trade and Industry", "Ministry of Defense", "Japan Computer Emergency Response Team Coordination Center"]},
 ],
}

R['e16-jp-ee-2013-embassy'] = {
 "$comment": "REAL text, verbatim (the 'Embassy of Japan in Estonia' line is mine, from the site). https://www.ee.emb-japan.go.jp/itpr_en/ITcyber.html . The only date is the heading's 'Dec. 2013': date 2013-12 (month only). Held in Tokyo. No round. Series as the text names it. The two officials named are the only ones, one per side: written as heads, with their titles and agencies as written (see README doubts: the text does not say 'led'). Delegation agencies without the country qualifier ('of Japan', 'of Estonia'), as heldout-d z10 does; head agencies as written. Topics: what 'the two countries shared information about' and what both sides 'exchanged views and discussed' ('etc.' dropped).",
 "series": "Japan-Estonia Policy Dialogue on ICT Policy and Cyber Security", "date": "2013-12", "status": "held",
 "location": loc("Tokyo", "JP"), "participants": ["JP", "EE"],
 "topics": ["fundamental policy and specific efforts to promote e-governance", "their basic strategy", "cooperation in international community", "cyber security policy including rule making", "cyber defense"],
 "delegations": [
  {"country": "JP", "head": head("Katsuro Kitagawa", "Director of Western Europe Division", "Ministry of Foreign Affairs of Japan"), "agencies": ["Ministry of Foreign Affairs"]},
  {"country": "EE", "head": head("Taavi Kotka", "Deputy Secretary General on ICT", "Ministry of Economy and Communications of Estonia"), "agencies": ["Ministry of Economy and Communications"]},
 ],
}

R['e17-cu-us-2016-cubanradio'] = {
 "$comment": "REAL text, verbatim (two site lines kept as clutter). Radio Cubana, 'Cuba-US talked on cybersecurity', https://www.cubanradio.cu/2016/02/24/cuban-radio-news/national-news/cuba-us-talked-on-cybersecurity/ ; the 'Radio Cubana - National News' and 'Published: February 24, 2016' lines are mine (the date from the page address). A one-off 'technical meeting': no series, no round. 'In the meeting on Tuesday' in a story of Wednesday, February 24, 2016: date 2016-02-23. No place named. 'the Departments of Homeland Security, Justice and State' expanded. No topic is named as discussed (the delegations 'agreed on the importance of advancing cooperation ... and the need to sign bilateral instruments'): no topics.",
 "date": "2016-02-23", "status": "held", "participants": ["CU", "US"],
 "delegations": [
  {"country": "CU", "agencies": ["Ministry of Interior", "Ministry of Foreign Affairs"]},
  {"country": "US", "agencies": ["Department of Homeland Security", "Department of Justice", "Department of State"]},
 ],
}

R['e18-kr-us-2023-yonhap-announced'] = {
 "$comment": "REAL text, verbatim. Yonhap, 'SEOUL, May 7 (Yonhap)', https://m-en.yna.co.kr/view/AEN20230507002151325 (no headline in the copy); the 'Published: 2023-05-07' line is mine, from the article id in the address. ANNOUNCED: 'will hold ... this week in Seoul', 'set to take place Monday and Tuesday' in a story of Sunday May 7, 2023: date 2023-05-08, end_date 2023-05-09, status announced. The dateline Seoul is also the place the text gives ('in Seoul'). Series: the 'Cyber Cooperation Working Group (CCWG)' (acronym dropped); 'eighth session' = round 8. No delegation member or head named (the defense ministry is the source; 'the two defense authorities' names no agency): no delegations. Topics: the items of 'plan to discuss'. The Security Consultative Meeting is background, not a related event with a date.",
 "series": "Cyber Cooperation Working Group", "round": 8, "date": "2023-05-08", "end_date": "2023-05-09", "status": "announced",
 "location": loc("Seoul", "KR"), "participants": ["KR", "US"],
 "topics": ["their cybersecurity policies", "current trends of cyberthreats", "joint efforts to strengthen cybersecurity training"],
}

if __name__ == '__main__':
    os.makedirs(GOLD, exist_ok=True)
    for name, rec in R.items():
        with open(os.path.join(GOLD, name + '.json'), 'w') as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write('\n')
    print(len(R), 'records')
