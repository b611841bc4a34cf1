"""The matcher on labelled questions written independently of the knowledge base (tests/data/).

questions.yaml was used to calibrate the thresholds; heldout.yaml was written later by someone who saw
neither the knowledge base nor the first set, and was never used for tuning.
"""

from __future__ import annotations

import pytest

from bot.evaluation import evaluate, evaluate_messages, load_labelled, load_messages
from tests.conftest import DATA, FIGURES

MINIMUM_RIGHT_ANSWERS = 0.90
MINIMUM_FALLBACKS = 0.90


# Single questions (in scope answered right, out of scope declined). questions*.yaml are read and tuned on;
# heldout.yaml is a test set: a failure shows its figures, never its mistakes. The later test sets
# (heldout32.yaml and on, fresh.yaml) are computed by bench/matcher_bench.py alone, which counts how often.
SINGLE_QUESTION_FLOORS = {
    "questions.yaml": (MINIMUM_RIGHT_ANSWERS, MINIMUM_FALLBACKS),
    "heldout.yaml": (MINIMUM_RIGHT_ANSWERS, MINIMUM_FALLBACKS),
    "questions32.yaml": (0.93, 0.95),  # blind, single questions (96.0%, out of scope 98.0%, on arrival)
    "questions33.yaml": (0.86, 0.95),  # blind, English and Arabic near misses (90.0%, 100%, on arrival)
    "questions34.yaml": (0.76, 0.95),  # blind, Arabic, 100 near misses (80.0%, out of scope 96.0%, on arrival)
    "questions35.yaml": (0.78, 0.93),  # blind, Arabic, 90 near misses (82.5%, out of scope 95.6%, on arrival)
    "questions36.yaml": (0.87, 0.88),  # blind, Arabic, 90 near misses (92.1%, out of scope 93.3%, on arrival)
    "questions37.yaml": (0.81, 0.89),  # blind, Arabic, 87 near misses (86.0%, out of scope 94.3%, on arrival)
    "questions38.yaml": (0.87, 0.89),  # blind, Arabic, 90 near misses (92.5%, out of scope 94.4%, on arrival)
    "questions39.yaml": (0.83, 0.91),  # blind, Arabic, 90 near misses (88.1%, out of scope 96.7%, on arrival)
    "questions40.yaml": (0.87, 0.91),  # blind, Arabic, 90 near misses (92.5%, out of scope 96.7%, on arrival)
    "questions41.yaml": (0.92, 0.91),  # blind, mostly standard Arabic, 90 near misses (97.5%, 96.7%, on arrival)
    "questions42.yaml": (0.83, 0.91),  # blind, mostly Darija, 87 near misses (88.4%, out of scope 96.6%, on arrival)
    "questions43.yaml": (0.35, 0.92),  # blind, hard paraphrases with context, 85 near misses (40.0%, 97.6%, on arrival)
    "questions44.yaml": (0.90, 0.87),  # blind, Arabic, 87 near misses (95.3%, out of scope 92.0%, on arrival)
    "questions45.yaml": (0.88, 0.93),  # blind, Arabic, 90 near misses of each entry (93.3%, 98.9%, on arrival)
    "questions46.yaml": (0.73, 0.92),  # blind, mostly standard Arabic, 89 near misses (78.7%, 97.8%, on arrival)
    "questions47.yaml": (0.87, 0.93),  # blind, mostly quick Darija, 88 near misses (92.9%, 98.9%, on arrival)
    "questions48.yaml": (0.81, 0.92),  # blind, Arabic, context before the question (86.4%, 97.7%, on arrival)
    "questions49.yaml": (0.90, 0.91),  # blind, Arabic, details the release lacks (95.2%, 96.6%, on arrival)
    "questions50.yaml": (0.87, 0.93),  # blind, Arabic, the partners' other work (92.7%, 98.9%, on arrival)
    "questions51.yaml": (0.89, 0.91),  # blind, short hurried Arabic, the day's details (94.1%, 96.7%, on arrival)
    "questions52.yaml": (0.83, 0.91),  # blind, Arabic, migration in general (88.9%, 96.6%, on arrival)
    "questions53.yaml": (0.89, 0.92),  # blind, Arabic, the entries' nouns asked otherwise (94.4%, 96.8%, on arrival)
    "questions54.yaml": (0.92, 0.94),  # blind, Arabic, Moroccans abroad and migrants (97.3%, 98.9%, on arrival)
    "questions55.yaml": (0.90, 0.92),  # blind, Arabic, questions typed like search queries (95.1%, 96.8%, on arrival)
    "questions56.yaml": (0.95, 0.93),  # blind, Arabic, students, confident near misses (100%, 98.9%, on arrival)
    "questions57.yaml": (0.81, 0.93),  # blind, technical standard Arabic (86.7%, 98.9%, on arrival)
    "questions58.yaml": (0.82, 0.91),  # blind, Arabic, two topics, one detail asked (87.8%, 96.7%, on arrival)
    "questions59.yaml": (0.85, 0.94),  # blind, standard Arabic emails, near misses of each entry (90.0%, 99.0%)
    "questions60.yaml": (0.86, 0.93),  # blind, Darija with typos, near misses of each entry (91.9%, 98.9%)
    "questions61.yaml": (0.60, 0.92),  # blind, Arabic, a greeting or who asks first (65.8%, 97.9%, on arrival)
    "questions62.yaml": (0.89, 0.91),  # blind, Arabic, near misses changing one detail (94.7%, 96.7%, on arrival)
    "questions63.yaml": (0.78, 0.93),  # blind, Arabic, near misses of each entry's nouns (83.7%, 98.9%, on arrival)
    "questions64.yaml": (0.83, 0.95),  # blind, Arabic, migration in general, French words (88.6%, 100%, on arrival)
    "questions65.yaml": (0.70, 0.91),  # blind, French and English, paraphrases without keywords (75.7%, 96.7%)
    "questions66.yaml": (0.78, 0.93),  # blind, Arabic, the bodies' other work, other dates (83.7%, 98.9%, on arrival)
    "questions67.yaml": (0.90, 0.93),  # blind, Arabic, one to five words (95.5%, 98.9%, on arrival)
    "questions68.yaml": (0.78, 0.91),  # blind, Arabic, the day's practical questions (83.0%, 96.5%, on arrival)
    "questions69.yaml": (0.70, 0.91),  # blind, formal Arabic, the Compact and the Forum (75.0%, 96.7%, on arrival)
    "questions70.yaml": (0.86, 0.93),  # blind, Arabic, a general mix, each entry twice (90.9%, 98.5%, on arrival)
    "questions71.yaml": (0.91, 0.95),  # blind, three languages, a public FAQ's mix (96.6%, 100%, on arrival)
    "questions72.yaml": (0.83, 0.95),  # blind, Arabic, Moroccans abroad and migrants' own lives (88.1%, 100%)
    "questions73.yaml": (0.67, 0.91),  # blind, Arabic, numbers, years and dates (72.3%, 96.7%, on arrival)
    "questions74.yaml": (0.76, 0.90),  # blind, Arabic, the partners' other work, with a verb (81.0%, 95.6%, on arrival)
    "questions75.yaml": (0.79, 0.92),  # blind, Arabic, two things joined, one asked (84.8%, 97.6%, on arrival)
    "questions76.yaml": (0.60, 0.95),  # blind, formal Arabic, protocol and the order of speeches (65.9%, 100%)
    "questions77.yaml": (0.55, 0.92),  # blind, Darija typed fast, typos and run-together words (60.5%, 97.8%)
    "questions78.yaml": (0.76, 0.91),  # blind, Arabic, the results against details not given (81.8%, 96.8%)
    "questions79.yaml": (0.67, 0.92),  # blind, Arabic, why and how questions (72.3%, 97.7%, on arrival)
    "questions80.yaml": (0.73, 0.92),  # blind, Arabic, requests phrased as statements (78.3%, 97.8%, on arrival)
    "questions81.yaml": (0.82, 0.93),  # blind, Arabic, what it will present, not what it decided (87.8%, 98.9%)
    "questions82.yaml": (0.64, 0.94),  # blind, Arabic with French and English words (69.0%, 98.9%, on arrival)
    "questions83.yaml": (0.70, 0.92),  # blind, standard Arabic, journalists and researchers (75.0%, 97.7%, on arrival)
    "questions84.yaml": (0.71, 0.92),  # blind, Arabic, a public member who knows little (76.2%, 97.8%, on arrival)
    "questions85.yaml": (0.73, 0.95),  # blind, Arabic, the programme's eight countries and others (78.3%, 100%)
    "questions86.yaml": (0.74, 0.91),  # blind, Darija, the morning's practical worries (79.5%, 96.6%, on arrival)
    "questions87.yaml": (0.75, 0.93),  # blind, Arabic, Morocco's international role (80.0%, 98.9%, on arrival)
    "questions88.yaml": (0.68, 0.92),  # blind, Arabic, a student writing a thesis (73.2%, 97.8%, on arrival)
    "questions89.yaml": (0.82, 0.91),  # blind, Darija, confirming and its near misses (87.0%, 96.7%, on arrival)
    "questions90.yaml": (0.75, 0.90),  # blind, Arabic, a greeting or thanks first (80.5%, 95.6%, on arrival)
    "questions91.yaml": (0.72, 0.92),  # blind, Arabic, opinions and judgements (77.5%, 97.8%, on arrival)
    "questions92.yaml": (0.68, 0.93),  # blind, Arabic, how many and how much (73.3%, 98.9%, on arrival)
    "questions93.yaml": (0.48, 0.92),  # blind, Arabic, long sentences with context first (53.5%, 97.8%, on arrival)
    "questions94.yaml": (0.81, 0.95),  # blind, Darija, young people and students (86.7%, 100%, on arrival)
    "questions95.yaml": (0.88, 0.92),  # blind, French SMS style and English, a general mix (93.3%, 97.6%)
    "questions96.yaml": (0.49, 0.93),  # blind, Arabic, writing on someone else's behalf (54.5%, 98.9%, on arrival)
    "questions97.yaml": (0.76, 0.93),  # blind, Arabic, negations and conditions (81.2%, 98.9%, on arrival)
    "questions98.yaml": (0.78, 0.93),  # blind, Arabic, where to read more: sites, links, reports (83.7%, 98.9%)
    "questions99.yaml": (0.77, 0.95),  # blind, Arabic, dates, days and times (82.6%, 100%, on arrival)
    "questions100.yaml": (0.67, 0.93),  # blind, formal Arabic, figures, budgets and people (72.3%, 98.8%)
    "questions101.yaml": (0.81, 0.92),  # blind, Arabic, after 2018 and other IOM or UNDP work (86.3%, 97.6%)
    "questions102.yaml": (0.84, 0.93),  # blind, Darija, migrants' and students' own cases (89.4%, 98.8%, on arrival)
    "questions103.yaml": (0.80, 0.92),  # blind, Arabic, opinions, criticism and very short questions (85.7%, 97.6%)
    "questions104.yaml": (0.85, 0.92),  # blind, Arabic, the breakfast's practical side (90.0%, 97.6%, on arrival)
    "questions105.yaml": (0.87, 0.91),  # blind, French and English, the Compact, the Forum, figures (92.0%, 96.2%)
    "questions106.yaml": (0.92, 0.92),  # blind, Arabic, two to six words typed fast (97.8%, 97.6%, on arrival)
    "questions107.yaml": (0.56, 0.90),  # blind, Arabic, a greeting or who asks before the question (61.2%, 95.3%)
    "questions108.yaml": (0.72, 0.91),  # blind, Arabic, two bodies or texts at once (77.6%, 96.7%, on arrival)
    "questions109.yaml": (0.72, 0.95),  # blind, Arabic, replying, bringing someone, contacting (77.6%, 100%)
    "questions110.yaml": (0.87, 0.95),  # blind, Arabic, the public after a news item (92.0%, 100%, on arrival)
    "questions111.yaml": (0.83, 0.93),  # blind, French and English, a general mix (88.3%, 98.6%, on arrival)
    "questions112.yaml": (0.77, 0.93),  # blind, Arabic, the results and their details (82.2%, 98.8%, on arrival)
    "questions113.yaml": (0.90, 0.90),  # blind, Arabic, the Compact, the Forum and the bodies (95.6%, 95.3%)
    "questions114.yaml": (0.81, 0.92),  # blind, formal Arabic, a news site's readers (86.5%, 97.5%, on arrival)
    "questions115.yaml": (0.81, 0.92),  # blind, Darija with French words (86.0%, 97.6%, on arrival)
    "questions116.yaml": (0.82, 0.93),  # blind, French, Moroccan and sub-Saharan users, no accents (87.1%, 98.6%)
    "questions117.yaml": (0.85, 0.93),  # blind, English, diplomats and non-native speakers (90.0%, 98.6%)
    "questions118.yaml": (0.81, 0.95),  # blind, Arabic, minimal pairs with a near miss (86.2%, 100%, on arrival)
    "questions119.yaml": (0.82, 0.92),  # blind, French, minimal pairs with a near miss (87.3%, 97.3%, on arrival)
    "questions120.yaml": (0.80, 0.89),  # blind, English, minimal pairs with a near miss (85.7%, 94.7%, on arrival)
    "questions121.yaml": (0.81, 0.92),  # blind, Arabic, the practical side of attending (86.8%, 97.6%, on arrival)
    "questions122.yaml": (0.79, 0.95),  # blind, Arabic, other bodies' offices and events (84.2%, 100%, on arrival)
    "questions123.yaml": (0.79, 0.95),  # blind, colloquial Darija, papers, jobs, transfers (84.3%, 100%, on arrival)
    "questions124.yaml": (0.79, 0.93),  # blind, formal Arabic, a journalist's or researcher's (84.0%, 98.8%)
    "questions125.yaml": (0.67, 0.93),  # blind, Arabic, a greeting or who asks first (72.7%, 98.7%, on arrival)
    "questions126.yaml": (0.79, 0.88),  # blind, French and English, two bodies or topics at once (84.0%, 93.8%)
    "questions127.yaml": (0.85, 0.95),  # blind, Arabic, one to four words (90.6%, 100%, on arrival)
    "questions128.yaml": (0.83, 0.93),  # blind, plain standard Arabic, every topic (88.9%, 98.7%, on arrival)
    "questions129.yaml": (0.85, 0.92),  # blind, Arabic, a detail the release does not give (90.4%, 97.5%)
    "questions130.yaml": (0.77, 0.95),  # blind, Arabic, before and after the release, other countries (82.4%, 100%)
    "questions131.yaml": (0.83, 0.93),  # blind, Arabic, a new service's first week (88.7%, 98.8%, on arrival)
    "questions132.yaml": (0.82, 0.95),  # blind, Arabic, the bodies as places and services (87.5%, 100%, on arrival)
    "questions133.yaml": (0.55, 0.93),  # blind, Darija in Latin letters (60.0%, 98.8%, on arrival)
    "questions134.yaml": (0.71, 0.91),  # blind, standard Arabic, near misses in its words (76.0%, 96.2%, on arrival)
    "questions135.yaml": (0.62, 0.92),  # blind, Darija in Latin letters with French words (67.9%, 97.6%, on arrival)
    "questions136.yaml": (0.79, 0.93),  # blind, Arabic, the people and bodies named (84.3%, 98.8%, on arrival)
    "questions137.yaml": (0.91, 0.95),  # blind, short standard Arabic from the public (96.0%, 100%, on arrival)
    "questions138.yaml": (0.88, 0.93),  # blind, Darija with French words, WhatsApp style (93.3%, 98.8%, on arrival)
    "questions139.yaml": (0.84, 0.93),  # blind, Arabic, six kinds of sender, each in their words (88.9%, 98.8%)
    "questions140.yaml": (0.76, 0.93),  # blind, Arabic, two things of the release in one question (81.2%, 98.8%)
    "questions141.yaml": (0.81, 0.91),  # blind, standard Arabic, entry by entry with near misses (86.1%, 96.8%)
    "questions142.yaml": (0.92, 0.94),  # blind, Darija, entry by entry, three near misses each (97.2%, 99.1%)
    "questions143.yaml": (0.56, 0.93),  # blind, formal Arabic with diacritics, entry by entry (61.1%, 98.1%)
    "questions144.yaml": (0.86, 0.89),  # blind, short Arabic and Darija, entry by entry (91.7%, 94.4%)
    "questions145.yaml": (0.92, 0.92),  # blind, Arabic, entry by entry, what is next to each (97.2%, 97.2%)
    "questions146.yaml": (0.95, 0.94),  # blind, WhatsApp Darija, entry by entry (100%, 99.1%, on arrival)
    "questions147.yaml": (0.75, 0.94),  # blind, formal Arabic, entry by entry, details not given (80.6%, 99.1%)
    "questions148.yaml": (0.89, 0.93),  # blind, Arabic, six kinds of sender, entry by entry (94.4%, 98.1%)
    "questions149.yaml": (0.72, 0.90),  # blind, Darija in Latin letters, entry by entry (77.8%, 95.8%)
    "questions150.yaml": (0.56, 0.90),  # blind, Darija in Latin letters, varied spelling (61.1%, 95.8%)
    "questions151.yaml": (0.76, 0.93),  # blind, Arabic paraphrases, entry by entry (81.9%, 98.6%, on arrival)
    "questions152.yaml": (0.56, 0.93),  # blind, Latin-letter Darija, long and short (61.1%, 98.6%, on arrival)
    "questions153.yaml": (0.57, 0.93),  # blind, Darija with French words, with context (62.5%, 98.6%)
    "questions154.yaml": (0.78, 0.94),  # blind, formal Arabic, precise details not given (83.3%, 99.1%)
    "questions155.yaml": (0.58, 0.95),  # blind, long Darija, the sender's situation first (63.9%, 100%)
    "questions156.yaml": (0.95, 0.92),  # blind, Arabic, the subject moved elsewhere (100%, 97.2%, on arrival)
    "questions157.yaml": (0.92, 0.91),  # blind, short Arabic, near misses on each entry's words (97.2%, 96.3%)
    "questions158.yaml": (0.39, 0.93),  # blind, Arabic yes/no questions and choices (44.4%, 98.6%, on arrival)
    "questions159.yaml": (0.89, 0.95),  # blind, Arabic near misses on each entry's own words (94.4%, 100%)
    "questions160.yaml": (0.53, 0.86),  # blind, long Darija messages with an indirect question (58.3%, 91.7%)
    "questions161.yaml": (0.32, 0.95),  # blind, Arabic choices between two words (37.5%, 100%, on arrival)
    "questions162.yaml": (0.92, 0.95),  # blind, Arabic opinions and general migration facts (97.2%, 100%, on arrival)
    "questions163.yaml": (0.89, 0.95),  # blind, short Arabic near misses on the programme's words (94.0%, 100%)
    "questions164.yaml": (0.86, 0.93),  # blind, Arabic from the public, some French words (91.7%, 98.8%)
    "questions165.yaml": (0.91, 0.95),  # blind, Arabic, what people ask any chatbot, general facts (95.8%, 100%)
    "questions166.yaml": (0.88, 0.93),  # blind, Arabic typed fast, spelling slips, near misses (93.8%, 98.8%)
    "questions167.yaml": (0.78, 0.95),  # blind, formal Arabic, near misses on the release's words (83.0%, 100%)
    "questions168.yaml": (0.80, 0.92),  # blind, Darija in Arabic script, some French words (85.5%, 97.2%)
    "questions169.yaml": (0.75, 0.95),  # blind, Arabic, Darija and standard, typed fast (80.0%, 100%)
    "questions170.yaml": (0.80, 0.92),  # blind, French and English, near misses, paraphrases (85.2%, 97.1%)
    "questions171.yaml": (0.73, 0.93),  # blind, French and English, attending asked indirectly (78.7%, 98.3%)
    "questions172.yaml": (0.82, 0.95),  # blind, formal Arabic, near misses on the programme itself (87.0%, 100%)
    "questions173.yaml": (0.84, 0.95),  # blind, Darija typed fast, migrants' own situations (89.3%, 100%)
    "questions174.yaml": (0.62, 0.93),  # blind, French and English, long precise questions (67.7%, 98.5%)
    "questions175.yaml": (0.84, 0.92),  # blind, formal Arabic, hard near misses on the same nouns (89.1%, 97.0%)
    "questions176.yaml": (0.83, 0.92),  # blind, Darija typed fast, the breakfast's practical details (88.7%, 97.1%)
    "questions177.yaml": (0.84, 0.86),  # blind, French and English, partners and students (89.2%, 90.8%)
    "questions178.yaml": (0.87, 0.93),  # blind, Arabic, Darija and standard, migrants and students (92.2%, 98.5%)
    "questions179.yaml": (0.90, 0.91),  # blind, French and English, guests' practical questions (95.4%, 96.9%)
    "questions180.yaml": (0.86, 0.95),  # blind, Arabic, each entry and a near miss beside it (91.8%, 100%)
    "questions181.yaml": (0.85, 0.91),  # blind, French, the field's own vocabulary, formal to SMS (90.8%, 96.9%)
    "questions182.yaml": (0.79, 0.90),  # blind, English, international readers, very short to long (84.6%, 95.4%)
    "questions183.yaml": (0.85, 0.90),  # blind, Arabic, news readers, officials and researchers (90.2%, 95.7%)
    "questions184.yaml": (0.86, 0.91),  # blind, French, SMS-style, students and associations (91.7%, 96.6%)
    "questions185.yaml": (0.87, 0.91),  # blind, French and English, partners' staff deciding to attend (92.3%, 96.9%)
    "questions186.yaml": (0.91, 0.93),  # blind, Arabic, Darija and standard, Moroccans abroad (96.9%, 98.5%)
    "questions187.yaml": (0.81, 0.87),  # blind, English typed fast, students and embassy staff (86.2%, 92.3%)
    "questions188.yaml": (0.82, 0.93),  # blind, French, associations and local elected officials (87.7%, 98.5%)
    "questions189.yaml": (0.91, 0.88),  # blind, Arabic, journalists and communication officers (96.9%, 93.8%)
    "questions190.yaml": (0.78, 0.93),  # blind, French, diplomats and staff of UN agencies (83.1%, 98.5%)
    "questions191.yaml": (0.87, 0.93),  # blind, Latin-letter Darija and English, young Moroccans (92.3%, 98.5%)
    "questions192.yaml": (0.84, 0.90),  # blind, Arabic, Darija and standard, emigrants and families (89.2%, 95.4%)
    "questions193.yaml": (0.81, 0.88),  # blind, English, researchers and international NGOs (86.2%, 93.8%)
    "questions194.yaml": (0.81, 0.93),  # blind, French, SMS-style, students, associations, communes (86.2%, 98.5%)
    "questions195.yaml": (0.88, 0.95),  # blind, Arabic, mostly standard, journalists, regional staff (93.8%, 100%)
    "questions196.yaml": (0.84, 0.95),  # blind, English, short and blunt, diplomats and migrants (89.2%, 100%)
    "questions197.yaml": (0.58, 0.90),  # blind, French, formal, civil servants and UN staff (63.6%, 95.3%)
    "questions198.yaml": (0.80, 0.93),  # blind, Arabic script, mostly Darija, families and small towns (85.1%, 98.4%)
    "questions199.yaml": (0.38, 0.93),  # blind, English, long and formal, researchers and NGO staff (43.1%, 98.5%)
    "questions200.yaml": (0.87, 0.85),  # blind, French, SMS style, associations and students (92.3%, 90.8%)
    "questions201.yaml": (0.90, 0.92),  # blind, Arabic, mostly standard, officials and journalists (95.3%, 97.0%)
    "questions202.yaml": (0.87, 0.90),  # blind, English, short, second language, guests and interns (92.3%, 95.4%)
    "questions203.yaml": (0.61, 0.91),  # blind, French, long and formal, embassies and evaluators (66.2%, 96.9%)
    "questions204.yaml": (0.91, 0.93),  # blind, Arabic, short, mostly near misses, the public (96.8%, 98.5%)
    "questions205.yaml": (0.80, 0.95),  # blind, Arabic, formal letters, officials and academics (85.5%, 100%)
    "questions206.yaml": (0.87, 0.92),  # blind, Darija in Arabic script, the public, migration at large (92.5%, 97.4%)
    "questions207.yaml": (0.87, 0.93),  # blind, French, SMS style, invited attendees (92.3%, 98.5%)
    "questions208.yaml": (0.79, 0.93),  # blind, English, international participants, context given (84.6%, 98.5%)
    "questions209.yaml": (0.86, 0.92),  # blind, Arabic script with French words, professionals (91.4%, 97.2%)
    "questions210.yaml": (0.90, 0.93),  # blind, three languages, substance, students and journalists (95.5%, 98.5%)
    "questions211.yaml": (0.71, 0.93),  # blind, Darija in Arabic script, attendees, practical matters (76.3%, 98.6%)
    "questions212.yaml": (0.81, 0.88),  # blind, French, careful, the public and students with context (86.2%, 93.1%)
    "questions213.yaml": (0.78, 0.92),  # blind, English, non-native speakers, calques from French (83.1%, 97.2%)
    "questions214.yaml": (0.76, 0.92),  # blind, French and Darija switching in one sentence (81.0%, 97.2%)
    "questions215.yaml": (0.89, 0.95),  # blind, three languages, results and partners, journalists (94.0%, 100%)
    "questions216.yaml": (0.84, 0.95),  # blind, Arabic and Darija, officials, teachers, families (89.8%, 100%)
    "questions217.yaml": (0.79, 0.92),  # blind, French typed fast on a phone, SMS abbreviations (84.5%, 97.2%)
    "questions218.yaml": (0.69, 0.93),  # blind, English, long and very polite, development policy (74.1%, 98.6%)
    "questions219.yaml": (0.86, 0.93),  # blind, French and English, indirect, negative, yes/no checks (91.4%, 98.6%)
    "questions220.yaml": (0.85, 0.93),  # blind, three languages, the event half-remembered, mixed up (90.9%, 98.5%)
}


@pytest.mark.parametrize("name", sorted(SINGLE_QUESTION_FLOORS))
def test_answers_in_scope_and_falls_back_out_of_scope(answerer, name):
    labelled = load_labelled(DATA / name)

    def decide(question, lang):
        reply = answerer.ask(question, "fr")
        return reply.entry_id, [choice.entry_id for choice in reply.suggestions]

    report = evaluate(labelled, decide)
    FIGURES[f"matcher accuracy on tests/data/{name}"] = report.lines()
    shown = report.lines() + (report.mistakes if name.startswith("questions") else [])
    answered_floor, declined_floor = SINGLE_QUESTION_FLOORS[name]
    assert report.answered.share >= answered_floor, "\n".join(shown)
    assert report.rejected.share >= declined_floor, "\n".join(shown)


def test_every_single_question_development_set_has_a_floor():
    assert set(SINGLE_QUESTION_FLOORS) == {"heldout.yaml", *(path.name for path in DATA.glob("questions*.yaml"))}


# Whole messages as people write them (greetings, two questions in one, Darija, SMS French, polite
# English). dev_messages.yaml and dev2-5_messages.yaml were written blind by independent writers and
# are the sets the lexicon was tuned on (dev2 scored 74.0%, dev3 82.1%, dev4 84.5% and dev5 84.3% before
# any change made from them); the floors guard what was reached, they are not the targets
# (measured on real.yaml).
MESSAGE_FLOORS = {  # (every expected entry answered, no fact out of scope)
    "dev_messages.yaml": (0.93, 0.95),
    "dev2_messages.yaml": (0.90, 0.95),
    "dev3_messages.yaml": (0.86, 0.90),  # half of it near misses out of scope
    "dev4_messages.yaml": (0.88, 0.95),  # paraphrases, typos and Latin-letter Darija
    "dev5_messages.yaml": (0.88, 0.88),  # near misses out of scope, mostly English
    "dev6_messages.yaml": (0.84, 0.88),  # blind, 69 of 160 out of scope
    "dev7_messages.yaml": (0.85, 0.88),  # blind, hard paraphrases (47.6% of them right on arrival)
    "dev8_messages.yaml": (0.76, 0.90),  # blind, wordy English and formal Arabic (73.1% on arrival)
    "dev9_messages.yaml": (0.70, 0.90),  # blind, context before the question (72.0% on arrival)
    "dev10_messages.yaml": (0.80, 0.93),  # blind, near misses out of scope (84.4% on arrival)
    "dev11_messages.yaml": (0.84, 0.91),  # blind, short phone messages and Darija (88.0% on arrival)
    "dev12_messages.yaml": (0.84, 0.94),  # blind, a general mix (82.7% before round 5, 88.0% on arrival)
    "dev13_messages.yaml": (0.64, 0.91),  # blind, paraphrases and context before the question (63.3% on arrival)
    "dev14_messages.yaml": (0.89, 0.91),  # blind, English and Arabic at the edge of scope (93.3% on arrival)
    "dev15_messages.yaml": (0.80, 0.91),  # blind, a general mix (84.7% on arrival, as on this round's starting code)
    "dev16_messages.yaml": (0.75, 0.93),  # blind, a general mix (77.3% before round 6, 80.0% on arrival)
    "dev17_messages.yaml": (0.89, 0.90),  # blind, half at the edge of scope (92.0%, out of scope 92.0%, on arrival)
    "dev18_messages.yaml": (0.73, 0.94),  # blind, paraphrases and context (76.7% on arrival)
    "dev20_messages.yaml": (0.80, 0.90),  # blind, English and Arabic near misses (82.7%, out of scope 91.4%)
    "dev23_messages.yaml": (0.90, 0.95),  # blind, a week's inbox, paraphrases (92.7%, out of scope 100%, on arrival)
    "dev26_messages.yaml": (0.92, 0.95),  # blind, French SMS and letters, Darija (92.0%, out of scope 100%, on arrival)
    "dev27_messages.yaml": (0.91, 0.93),  # blind, half near misses out of scope (94.2%, out of scope 98.3%, on arrival)
    "dev30_messages.yaml": (0.87, 0.87),  # blind, English and Arabic, two thirds near misses (90.8%, 90.0%, on arrival)
    "dev31_messages.yaml": (0.90, 0.95),  # blind, English and Arabic, near misses (86.7%, 92.9%, on arrival)
    "dev32_messages.yaml": (0.86, 0.93),  # blind, three languages, 60 near misses (90.7%, 98.3%, on arrival)
    "dev33_messages.yaml": (0.92, 0.95),  # blind, three languages, 65 near misses (97.3%, 100%, on arrival)
    "dev34_messages.yaml": (0.91, 0.93),  # blind, three languages, 65 near misses (96.7%, 98.5%, on arrival)
    "dev35_messages.yaml": (0.88, 0.93),  # blind, three languages, 69 near misses (93.3%, 98.6%, on arrival)
    "dev36_messages.yaml": (0.80, 0.93),  # blind, hard paraphrases, 69 near misses (85.3%, 98.6%, on arrival)
    "dev37_messages.yaml": (0.90, 0.92),  # blind, half Arabic, 75 near misses (95.3%, 97.3%, on arrival)
    "dev38_messages.yaml": (0.89, 0.88),  # blind, greeting then a near miss, 75 of them (94.0%, 93.3%, on arrival)
    "dev39_messages.yaml": (0.90, 0.90),  # blind, phone-typed, 70 near misses (95.3%, 95.7%, on arrival)
    "dev40_messages.yaml": (0.93, 0.95),  # blind, three languages, 70 near misses (98.0%, 100%, on arrival)
    "dev41_messages.yaml": (0.92, 0.93),  # blind, near misses of each entry, 70 of them (97.5%, 98.6%, on arrival)
    "dev42_messages.yaml": (0.88, 0.93),  # blind, questions in stories, mostly Darija (93.3%, 98.6%, on arrival)
    "dev43_messages.yaml": (0.90, 0.92),  # blind, half-out-of-scope doubles, 69 near misses (95.3%, 97.1%, on arrival)
    "dev44_messages.yaml": (0.86, 0.91),  # blind, 90 Arabic, formal letters, 75 near misses (91.3%, 96.0%, on arrival)
    "dev45_messages.yaml": (0.89, 0.92),  # blind, follow-ups and long messages (94.0%, 97.3%, on arrival)
    "dev46_messages.yaml": (0.90, 0.90),  # blind, a greeting then a near miss, the day's details (95.3%, 95.9%)
    "dev47_messages.yaml": (0.87, 0.87),  # blind, the question last, doubles of one kind (92.0%, 92.0%, on arrival)
    "dev48_messages.yaml": (0.91, 0.93),  # blind, mostly Arabic, a greeting then a near miss (96.0%, 98.7%, on arrival)
    "dev49_messages.yaml": (0.83, 0.92),  # blind, near misses sharing keywords with an entry (88.7%, 97.5%, on arrival)
    "dev50_messages.yaml": (0.81, 0.90),  # blind, mostly English, a busy professional's questions (86.0%, 95.7%)
    "dev51_messages.yaml": (0.89, 0.93),  # blind, the question mid-message, follow-ups (94.7%, 98.6%, on arrival)
    "dev52_messages.yaml": (0.92, 0.95),  # blind, a week's general mix, replies and thanks (96.7%, 100%, on arrival)
    "dev53_messages.yaml": (0.83, 0.81),  # blind, a remark then a question, mostly Arabic (88.0%, 86.1%, on arrival)
    "dev54_messages.yaml": (0.90, 0.92),  # blind, mostly Arabic, formulas around one or two (95.3%, 97.5%)
    "dev55_messages.yaml": (0.88, 0.92),  # blind, mostly Arabic, two or three questions each (93.3%, 97.3%)
    "dev56_messages.yaml": (0.88, 0.93),  # blind, mostly Arabic, oneself then a near miss (93.4%, 98.7%, on arrival)
    "dev57_messages.yaml": (0.86, 0.93),  # blind, doubles with a near miss, stories first (91.3%, 98.6%, on arrival)
    "dev58_messages.yaml": (0.93, 0.95),  # blind, mostly Arabic, context and doubles (98.7%, 100%, on arrival)
    "dev59_messages.yaml": (0.91, 0.93),  # blind, a week of messages in three languages (96.0%, 98.3%)
    "dev60_messages.yaml": (0.91, 0.95),  # blind, formulas around practical questions (96.7%, 100%, on arrival)
    "dev61_messages.yaml": (0.91, 0.93),  # blind, oneself first, doubles, other bodies' offices (96.0%, 98.5%)
    "dev62_messages.yaml": (0.91, 0.93),  # blind, mostly Arabic, plain questions, details not given (96.0%, 98.6%)
    "dev63_messages.yaml": (0.89, 0.91),  # blind, mostly Arabic, context before a near miss (94.0%, 96.0%)
    "dev64_messages.yaml": (0.91, 0.92),  # blind, mostly Arabic, near misses of common questions (96.0%, 97.5%)
    "dev65_messages.yaml": (0.91, 0.95),  # blind, mostly Arabic, six kinds of sender, doubles (96.7%, 100%)
    "dev66_messages.yaml": (0.89, 0.93),  # blind, Latin-letter Darija, SMS French, formulas (94.7%, 98.6%)
    "dev67_messages.yaml": (0.86, 0.95),  # blind, an invitee's week before, Latin-letter Darija (91.3%, 100%)
    "dev68_messages.yaml": (0.87, 0.89),  # blind, mostly Arabic, the sender's situation first (92.7%, 94.7%)
    "dev69_messages.yaml": (0.89, 0.95),  # blind, mostly Arabic, one part in scope and one not (94.7%, 100%)
    "dev70_messages.yaml": (0.87, 0.93),  # blind, invitees on the day and near misses on figures (92.0%, 98.7%)
    "dev71_messages.yaml": (0.87, 0.91),  # blind, context on the sender, then a question (92.0%, 96.2%, on arrival)
    "dev72_messages.yaml": (0.85, 0.93),  # blind, follow-ups, corrections, words in a new sense (90.7%, 98.6%)
    "dev73_messages.yaml": (0.93, 0.95),  # blind, Darija mixed with French, abbreviations (98.0%, 100%)
    "dev74_messages.yaml": (0.79, 0.90),  # blind, formal letters with several requests (84.0%, 95.9%, on arrival)
    "dev75_messages.yaml": (0.88, 0.93),  # blind, two or three questions joined every way (93.3%, 98.6%)
    "dev76_messages.yaml": (0.90, 0.93),  # blind, a conversation going on: thanks, corrections (95.3%, 98.7%)
    "dev77_messages.yaml": (0.93, 0.95),  # blind, short chat messages typed on a phone (98.7%, 100%, on arrival)
    "dev78_messages.yaml": (0.91, 0.95),  # blind, a situation told, then questions (96.0%, 100%, on arrival)
    "dev79_messages.yaml": (0.85, 0.92),  # blind, questions while registering, in and out of scope mixed (90.7%, 97.1%)
    "dev80_messages.yaml": (0.93, 0.95),  # blind, first messages after an invitation or a news item (98.0%, 100%)
    "dev81_messages.yaml": (0.88, 0.95),  # blind, guests before and on the day, two things at once (93.3%, 100%)
    "dev82_messages.yaml": (0.91, 0.95),  # blind, half Arabic, replies to the bot, own situations (96.7%, 100%)
    "dev83_messages.yaml": (0.73, 0.95),  # blind, dictated in one breath, no punctuation at all (78.7%, 100%)
    "dev84_messages.yaml": (0.81, 0.95),  # blind, follow-ups, corrections, run-on questions, colleagues (86.0%, 100%)
    "dev85_messages.yaml": (0.84, 0.91),  # blind, half Arabic, long courteous letters from officials (89.3%, 96.7%)
    "dev86_messages.yaml": (0.77, 0.91),  # blind, in a hurry on the day: late, lost, parking (82.0%, 95.6%)
    "dev87_messages.yaml": (0.83, 0.92),  # blind, a little story told before the question (88.7%, 97.8%)
    "dev88_messages.yaml": (0.91, 0.94),  # blind, second messages: follow-ups, corrections, joined (96.7%, 100%)
    "dev89_messages.yaml": (0.91, 0.95),  # blind, a greeting, who one is, then questions (96.0%, 100%)
    "dev90_messages.yaml": (0.90, 0.90),  # blind, questions joined many ways, self-corrections (95.3%, 95.6%)
    "dev91_messages.yaml": (0.90, 0.92),  # blind, as people talk, times and places not asked (95.3%, 97.8%)
    "dev92_messages.yaml": (0.81, 0.95),  # blind, two questions, a follow-up detail, plans changing (86.7%, 100%)
    "dev93_messages.yaml": (0.86, 0.95),  # blind, two or three questions, remarks, plans changing (91.3%, 100%)
    "dev94_messages.yaml": (0.87, 0.95),  # blind, follow-ups, corrections, joined questions (92.7%, 100%)
}


@pytest.mark.parametrize("name", sorted(MESSAGE_FLOORS))
def test_whole_messages_get_every_question_answered(answerer, name):
    social = frozenset(entry.id for entry in answerer.kb.entries if answerer.matcher.is_social(entry))
    report = evaluate_messages(load_messages(DATA / name), lambda m, lang: answerer.ask(m, lang).entry_ids, social)
    FIGURES[f"whole messages in tests/data/{name}"] = report.lines()
    answered_floor, declined_floor = MESSAGE_FLOORS[name]
    assert report.all.share >= answered_floor, "\n".join(report.lines() + report.mistakes)
    assert report.out_of_scope.share >= declined_floor, "\n".join(report.lines() + report.mistakes)


def test_every_development_set_has_a_floor():
    # the bench measures every dev*_messages.yaml it finds; pytest must guard each of them too
    assert set(MESSAGE_FLOORS) == {path.name for path in DATA.glob("dev*_messages.yaml")}


def test_every_message_set_expects_only_entries_that_exist(kb):
    # the labels only (a test set's answers are not computed here): a renamed entry must not leave a set
    # silently expecting an id no reply can give
    ids = {entry.id for entry in kb.entries}
    names = [
        "real.yaml",
        *(path.name for path in DATA.glob("dev*_messages.yaml")),
        *(p.name for p in DATA.glob("blind*.yaml")),
    ]
    for name in names:
        for message in load_messages(DATA / name):
            assert all(group <= ids for group in message.expected), (name, message.message)


def test_every_single_question_set_expects_only_entries_that_exist(kb):
    ids = {entry.id for entry in kb.entries}
    for name in [*SINGLE_QUESTION_FLOORS, *(path.name for path in DATA.glob("heldout*.yaml")), "fresh.yaml"]:
        for item in load_labelled(DATA / name):
            assert item.expected <= ids, (name, item.question)
