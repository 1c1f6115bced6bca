"""What a name is: the words and patterns that tell a person from an organisation, a role or a document.

Courtesy and office titles, given names (for he/she), role and organisation words, runs of capitalised
words, owners of documents ("Huawei's statement", "a statement from the ministry"), roles in apposition,
and whether a name stands as the subject of its clause (a likely antecedent of a later pronoun). Used by
the name table of :mod:`discourse._speakers`; the rules are in the docstring of :mod:`discourse.quotes`
("Speakers: one name per speaker").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._quote_cues import (
    _ADV,
    _NOUNISH,
    _PARTICLE,
    _PARTICLES,
    CUE_VERBS,
    LOWER_AGENT,
    ORG_WORDS,
    TITLE_ABBREVIATIONS,
    _trie,
)
from ._quote_kernel import KERNEL
from ._re_cache import compile as _rx

# --------------------------------------------------------------------------------------------- speakers
# Who a speaker is: the attribution as written is turned into one canonical speaker per person or
# organisation of the document (see "Speakers: one name per speaker" in the docstring of discourse.quotes).
_COURTESY = frozenset("mr mrs ms miss dr prof sir dame madam mme mlle capt sen gov gen rep rev reverend lt col sgt prince "
                      "princess king queen lord lady sister brother father mother "
                      # round 7: forms of address of speeches ('Comrade Enver Hoxha', 'Sheikh Zayed')
                      "comrade sheikh "
                      # round 11: British police ranks and a councillor's title, abbreviated without a full stop
                      # ('Ch Supt Neil Evans', 'Det Insp Collins', 'Cllr Jane Roe')
                      "supt insp det ch dci cllr "
                      # round 15: forms of address of Indian, Nigerian and Malaysian papers ('Shri L. Murugan', 'Smt',
                      # 'Hon. Temitope Adewale', 'Alhaji', 'Datuk'); (round 16) not 'Sri', a given name in Indonesia and
                      # Malaysia ('Sri Wahyuni', 'Sri Mulyani Indrawati') far more often than a form of address there
                      "shri smt shrimati hon alhaji alhaja datuk dato "
                      # round 17: Australian and New Zealand councillors ('Cr Dave Te Huia'), and the terms of respect
                      # for Aboriginal and Torres Strait Islander elders ('Aunty Rosalie Dawson', 'Uncle Jack Charles')
                      "cr aunty auntie uncle "
                      # and Indonesian forms of address ('Pak Jufri', 'Ibu Sri Wahyuni'), a constable's abbreviation
                      # ('Const Danielle Ouellette') and a major's
                      "pak ibu const maj "
                      # round 19: the Philippine press's titles of lawyers and engineers ('Atty. Josefina Malvar',
                      # 'Engr. Ramon Cruz')
                      "atty engr "
                      # and the women's form of 'Alhaji' in Sierra Leone and Nigeria ('Haja Mariama Jalloh-Conteh'),
                      # the Ethiopian 'Ato' (Mr) and the East African engineer's 'Eng.' ('Eng. Charles Tumwine')
                      "haja hajia hajiya ato eng "
                      # round 22: a Catholic or Anglican priest's 'Fr' (Father, without its full stop in British and
                      # Pacific papers: 'Fr Martin Kiap')
                      "fr "
                      # round 24: the councillor's 'Coun' of British and Canadian papers ('Coun Anne Whitworth', 'Coun.
                      # Mei-Lin Gao'), as 'Cllr' and 'Cr' (round 11, 17), and the police ranks 'Snr Sgt' / 'Sen-Sgt' of
                      # Australian papers ('Sen-Sgt Darren Maskell')
                      "coun snr sen-sgt "
                      # round 26: South African papers' 'Adv' of an advocate ('National Prosecuting Authority spokesperson
                      # Adv Kgomotso Dube') and the honorific 'Gogo' (grandmother) before an older woman's name
                      "adv gogo "
                      # and the Malaysian police's 'Comm' (commissioner) before 'Datuk' and the name ('Comm Datuk Mohd
                      # Razali Osman'), as 'Supt' and 'Insp' (round 11)
                      "comm "
                      # round 27: the British police constable's 'PC' and the community support officer's 'PCSO'
                      # ('PC Craig Dobson', 'PC Nia Bevan'), as 'Supt', 'Insp' and 'Const' (rounds 11, 17)
                      "pc pcso "
                      # and the naval 'Cdr' / 'Cmdr' ('Cdr Apisai Vuniwai'), hyphenated military ranks ('Lt-Gen Sibusiso
                      # Radebe'), 'Rt' of 'Rt Rev' and 'Rt Hon', the Hausa 'Malam' / 'Mallam', the Setswana chief's
                      # 'Kgosi' and the Maori elder's 'Kaumātua' ('Kaumātua Hēmi Tawhiri'), as other papers' forms of
                      # address above; not the Irish rank 'Garda', which opens the force's own names ('the Garda
                      # Síochána said' would give 'Síochána')
                      "cdr cmdr lt-gen maj-gen brig-gen lt-col rt malam mallam kgosi kaumātua kaumatua "
                      # round 35: the religious and traditional forms of address of South Asian, Muslim, Catholic,
                      # Zimbabwean, Fijian, Ghanaian, Mapuche and Zulu papers ('Maulana Shakeel Ahmed Qasmi', 'Mufti',
                      # 'Swami', 'Msgr', 'Cde Winston Mashingaidze', 'Ratu', 'Togbe', 'Lonko Ariel Painemil', 'Induna
                      # Mathews Chola'), each of which had stayed in the name; none is a common given name
                      "maulana maulvi mufti ayatollah mullah ustaz ustadh ustazah swami sadhvi mahant msgr monsignor "
                      "cde ratu datin haji hajjah togbe lonko induna inkosi".split()
                      # round 38: every abbreviated title of _quote_cues.TITLE_ABBREVIATIONS but the saint's 'St' ('Adm.',
                      # 'Brig.', 'Cpl.', 'Pvt.', 'Spc.', 'Pres.', 'Amb.', 'Asst.' had stayed in the name), from that list
                      + [a.lower() for a in TITLE_ABBREVIATIONS if a != "St"])
# round 17: titles of two words, the Malaysian honours ('Tan Sri', 'Puan Sri', 'Datuk Seri', "Dato' Seri"); their
# words alone are names ('Tan' is a family name, 'Sri' a given name), so only the pair is a title
_TITLE_PAIRS = frozenset((("tan", "sri"), ("puan", "sri"), ("datuk", "seri"), ("dato", "seri"), ("dato’", "seri"),
                          ("dato'", "seri"), ("datin", "seri"),
                          # round 19: a judge's and an envoy's style ('His Honour Samuel Kwaku Adjei-Frimpong', 'Her
                          # Excellency ...'), and a state legislator's ('State Sen. Kristen Albrighton')
                          ("his", "honour"), ("her", "honour"), ("his", "honor"), ("her", "honor"),
                          ("his", "excellency"), ("her", "excellency"), ("state", "sen"), ("state", "rep"),
                          # round 27: the naval and army ranks of two words ('Vice Adm Somchai Rattanakorn', 'Rear Adm.
                          # Joanne Kessler', 'Brig Gen Arif Wicaksono'), 'Vice' and 'Rear' being no titles alone
                          ("vice", "adm"), ("rear", "adm"), ("brig", "gen")))
_FEMALE_TITLES = frozenset("mrs ms miss dame madam mme mlle princess queen lady sister mother smt shrimati alhaja aunty "
                           "auntie ibu haja hajia hajiya "
                           "ustazah sadhvi datin hajjah".split())  # (round 35)
_MALE_TITLES = frozenset("mr sir prince king lord brother father shri alhaji uncle pak ato fr "
                         "maulana maulvi mufti ayatollah mullah ustaz ustadh swami mahant msgr monsignor haji "
                         "togbe".split())  # (round 35)
_FEMALE_NAMES = frozenset(
    "mary jane helen anna anne ann elizabeth margaret susan sarah patricia linda barbara jennifer maria nancy "
    "karen lisa betty dorothy sandra ruth sharon laura emily emma julia alice grace rebecca esther zoe maureen "
    "catherine katherine kate carol christine angela agnès agnes sophie marie claire louise olivia rachel "
    "hannah amy amanda michelle jessica heather diana doris edith eleanor evelyn frances gloria irene janet "
    "joan joyce judith julie lucy martha nora rose sylvia theresa virginia wendy yvonne "
    # round 3: more given names common in English-language news, many of them international (written for
    # this list; a name here only gives a gender and a person's mark, see _Speakers._add_run; names that
    # are also common place or group names, Georgia, Victoria, Marion, Christian, are left out)
    "abigail adriana agatha aisha alexandra alicia alison amelia ana andrea angelina anita annette "
    "antonia ariana audrey beatrice belinda bernadette beth bianca brenda bridget camila carla carmen "
    "caroline cecilia charlotte chloe christina claudia colleen cynthia daisy dana daniela deborah debra "
    "denise diane donna eileen elaine elena elisa ella ellen elsa emilia erica erin eva fatima fiona "
    "francesca gabriela gabrielle giorgia gina giulia greta gwen harriet hazel hilary hillary holly "
    "ingrid isabel isabella isabelle jacqueline jacinda janice jean jeanne jenny jill joanna josephine "
    "juanita julia juliet kamala karin kathleen kathryn katie kristin kristina laila layla leila lena "
    "leslie lillian lily liz lorraine lucia luisa lydia lynn madeleine magdalena marcia margarita "
    "marguerite maria mariam marianne marilyn marina marisa marjorie marta maxine maya megan "
    "melanie melissa mia mildred miriam molly monica monique nadia naomi natalia natasha nicole nina "
    "noor olga paula pauline peggy penelope petra phyllis priscilla priya rita roberta rosa rosemary "
    "roxanne sabrina samantha sara selena shirley simone sofia sonia stephanie sue susanne suzanne tamara "
    "tanya tara teresa tina ursula valentina valerie vanessa vera veronica vivian yasmin yolanda "
    "yuki zainab zara "
    # round 12: given names common in English-language news from Africa, South Asia, Latin America, the Nordic
    # countries, Central and Eastern Europe, Turkey, Iran, the Arab world, Indonesia, Korea and Japan (written for
    # this list, as in round 3: names that are also English words or places, Precious, Milan, are left out, and so
    # is one given to men and women alike in different languages, Jan)
    "chidinma ngozi chiamaka adaeze amaka nneka ifeoma funmilayo folake yetunde bukola titilayo abimbola amina "
    "hauwa fatimah fatoumata aminata mariama akosua abena afua adwoa efua wanjiku wanjiru njeri achieng akinyi "
    "wambui nomvula thandiwe lindiwe zanele deepa anjali sunita kavita neha pooja shreya divya ananya lakshmi "
    "meena rekha geeta gita sushma nirmala smriti indira shabana ayesha sana saima farah shirin maryam zahra "
    "nasrin parisa mahsa narges fernanda juliana mariana beatriz larissa leticia letícia valeria paola lucía "
    "ximena martina florencia agustina catalina renata astrid sigrid hanne kirsten mette sofie malin elin "
    "agnieszka katarzyna małgorzata malgorzata ewa barbora lenka zuzana olena oksana iryna yulia tetiana natalya "
    "svetlana ekaterina yekaterina anastasia tatiana ayşe ayse elif zeynep fatma emine merve esra yasmine rania "
    "noura nour siti dewi putri seo-yeon min-seo hina sakura yui "
    # round 34: more given names of the blind sets' regions that the list lacked (Irish, Welsh and Scottish, French,
    # Italian, Iberian, Dutch, Nordic, Slavic, Greek, Central Asian, Southern and East African, Indonesian, South Asian
    # and Arab; written for this list, as in rounds 3 and 12): a pronoun of the other gender had been resolved to
    # 'Helena Markovic', 'Bérénice Lastours-Quéval', 'Corinne Haldane' or 'Davide Lombardi', whose gender was unknown
    # (none that is an English word or a place, Mercedes, Montserrat, Mere, nor given to both sexes, Camille, Remi)
    "helena corinne bérénice berenice coralie róisín roisin siobhán siobhan aoife niamh gráinne grainne sinéad "
    "sinead orla caoimhe clodagh deirdre bronagh ciara eimear saoirse nuala mairead máiréad áine aine eilish "
    "kerryn tanisha shantel shanice keisha latoya jacinta chiara federica alessandra elisabetta giovanna "
    "raffaella silvia serena benedetta ilaria lucrezia amélie amelie margaux océane oceane manon solène solene "
    "élodie elodie mathilde clémence clemence pilar núria nuria rocío rocio inmaculada araceli joana inês ines "
    "conceição conceicao graça ingeborg liesbeth annelies marieke femke anouk sanne griet birgitta ulrika solveig "
    "ragnhild kari sigrun agata dorota magda milena dragana jelena ljiljana vesna eleni despina katerina dimitra "
    "aigerim gulnara dilnoza nokuthula nomsa thandeka zodwa ntombi busisiwe palesa lerato adaora chioma ifeyinwa "
    "halima hadiza nyambura atieno auma aroha aisyah azlina rahmawati shalini swati sneha ritu preeti nandini "
    "radhika huda ghada reem lina dalia".split())
_MALE_NAMES = frozenset(
    "john james robert michael william david richard joseph thomas charles christopher daniel paul mark "
    "george kenneth steven edward brian ronald anthony kevin jason matthew gary timothy larry jeffrey frank "
    "scott eric stephen andrew raymond gregory joshua jerry dennis walter peter harold douglas henry carl "
    "arthur ryan roger joe jack albert jonathan justin terry gerald keith samuel willie ralph lawrence "
    "nicholas roy benjamin bruce brandon adam harry fred wayne billy steve louis jeremy aaron randy howard "
    "eugene carlos russell bobby victor martin ernest phillip todd jesse craig alan shawn clarence sean "
    "philip chris johnny earl jimmy antonio danny bryan tony luis mike stanley leonard nathan dale manuel "
    "rodney curtis norman allen marvin vincent glenn jeffery travis jeff chad jacob lee melvin alfred "
    "kyle francis bradley jesus herbert frederick ray joel edwin don eddie ricky troy randall barry "
    "alexander bernard mario leroy francisco marcus micheal theodore clifford miguel oscar jay jim tom "
    "calvin alex jon ronnie bill lloyd tommy leon derek warren darrell jerome floyd leo alvin tim wesley "
    "gordon dean greg jorge dustin pedro derrick dan lewis zachary corey herman maurice vernon roberto "
    "clyde glen hector shane ricardo sam rick lester brent ramon charlie tyler gilbert gene simon ben "
    "solly gleb ihor willy "
    # round 3 (see _FEMALE_NAMES)
    "abdul abdullah ahmad ahmed ali amir andre andreas andrei angelo antoine anton boris bruno carlo "
    "cesar claude cyril dario diego dieter dmitry edgar eduardo elias emmanuel emil enrique "
    "erik ernesto esteban fabio felipe felix fernando florian franco francois friedrich gabriel gerhard "
    "giovanni giuseppe gustavo hans hassan heinrich helmut hugo hussein ibrahim igor ivan jacques jakob "
    "javier jean-claude jens joachim johan johannes jorge jose juan julian jurgen karim karl klaus "
    "kurt lars lorenzo luca lucas luigi lukas malik marco marcel matteo mathias mauricio max mehmet "
    "mikhail mohamed mohammad mohammed muhammad mustafa narendra nikolai nikita olaf omar oliver otto "
    "pablo paolo pascal patrice patrick pedro pierre rafael rahul raj rajesh ramon rashid raul reza "
    "roberto rodrigo rolf salvador sanjay sebastian sergei sergio stefan sven tariq thierry tobias "
    "umar vladimir volodymyr wolfgang xavier yusuf yves andy barack boris donald dwight emmett "
    "hubert lyndon nelson ronald rudolph spencer sidney stuart ted wilbur winston "
    # round 12 (see _FEMALE_NAMES)
    "tunde kwame kofi kwesi yaw kojo chidi chinedu emeka obinna ikenna uche chukwuemeka olumide oluwaseun segun "
    "babatunde femi kayode adebayo adewale musa abubakar aliyu gbenga kamau baraka juma thabo sipho themba "
    "bongani mandla lwazi kagiso tendai tinashe farai tatenda arjun vikram rohit amit anil sunil ashok ravi "
    "suresh ramesh manoj vijay ajay sandeep pradeep rakesh mukesh dinesh harish naveen prakash ankit aditya "
    "siddharth karthik venkat srinivas gaurav nikhil varun abhishek akash imran faisal bilal hamza usman "
    "zubair asif waqar shahid nawaz thiago joao joão mateus leonardo vinicius paulo marcelo henrique alejandro "
    "santiago sebastián matias nicolás nicolas facundo gonzalo ignacio joaquín joaquin emiliano alonso erling "
    "magnus henrik anders nils mats jonas mikkel rasmus jesper kasper ole bjorn björn tomasz piotr krzysztof "
    "pawel paweł marek jakub lukasz łukasz wojciech andrzej vaclav václav ondrej ondřej dusan dušan goran "
    "zoran dragan nenad aleksandar aleksandr alexei alexey dmitri oleksandr oleksiy mykola andriy taras "
    "serhiy yuriy yuri vitaly viktor emre burak cem murat ahmet kemal recep hakan hamid mahmoud khaled khalid "
    "walid samir nabil youssef yousef tarek amr hossein mohsen mehdi alireza javad hamed arash babak dariusz "
    "rizal budi agus joko bambang ji-hoon min-jun hyun-woo hiroshi haruto yuto sota riku kaito daiki takeshi "
    "kenji akira "
    # round 34: as above for women's names (not those that are as often family names, Duarte, Sander, Otieno, Kipchoge)
    "davide alessandro massimo stefano enrico federico riccardo jean-baptiste jean-pierre jean-luc jean-marc "
    "benoît benoit gaspard mathieu matthieu olivier sébastien sebastien yannick gilles guillaume álvaro alvaro "
    "íñigo inigo cristóbal cristobal rui nuno tiago gonçalo goncalo jürgen matthias pieter joost maarten wouter "
    "jeroen eivind sindre olav jukka radek pavel jiří jiri bogdan miloš milos alistair alasdair angus hamish ewan "
    "euan iain ruairí ruairi cathal ciarán ciaran eoin oisín oisin seamus pádraig padraig diarmuid donal dónal "
    "fergal lorcan cormac darragh rhys dafydd gareth huw iwan emyr gerry josh josé zwelinzima sibusiso arief "
    "wahyu hendra vivek arun tevita sione".split())
# round 12: given names given to men and women alike (a person's mark, no gender), and the commonest family names of
# China, Korea and Vietnam, written first there ('Wang Wenbin', 'Park Ji-won' is left out: 'Park Avenue'); a name
# that opens with one of these has a person's mark as one opening with a given name does (_speakers._run_head).
# Family names that are English words or open other names (He, Ma, Sun, Do, Le, Lin, Park, Song, Long, Han, Pan Am,
# Shin Bet) are left out.
_NEUTRAL_NAMES = frozenset("ji-won ji-woo aoi "
                           # round 35: Punjabi given names, borne by women and men alike (the family name or 'Singh' and
                           # 'Kaur' tell the sex), which the agent-noun rule had read as occupations for their '-er'
                           # ('Leader of Opposition in the state assembly Jaswinder Singh Sekhon' had become 'Singh
                           # Sekhon')
                           "jaswinder balwinder harvinder sukhwinder maninder rupinder gurinder kulwinder parminder "
                           "davinder ravinder surinder jasvinder tejinder harjinder narinder jatinder baljinder "
                           "rajinder satinder bhupinder gurvinder jaswant harpreet jaspreet gurpreet manpreet "
                           "navpreet simranjit harjit manjit amarjit paramjit sukhjit".split())


def _bundled_given_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The given names of ``discourse/data/given_names.tsv`` (name, tab, f/m/n), by sex: women's, men's and both.

    Round 36: the lists above, grown round by round from the names the read sets missed, left 10,529 of the 22,732
    labelled person names of the 391 blind sets with a given name the table did not know ('Graham', 'Declan', 'Owen',
    'Neil', 'Morag'), and such a name gets no person's mark and no sex for 'he'/'she'. The file holds 4,714 more common
    given names of the regions news writes about, written for the round without reading the sets, less every one that is
    a stopword, a role word, a particle, or a word the Brown corpus writes in lower case three times or more (an
    ordinary word: 'hande', 'tore')."""
    from importlib import resources

    f: set[str] = set()
    m: set[str] = set()
    n: set[str] = set()
    for line in resources.files("discourse").joinpath("data", "given_names.tsv").read_text("utf-8").splitlines():
        name, _, sex = line.partition("\t")
        if name and sex in ("f", "m", "n"):
            (f if sex == "f" else m if sex == "m" else n).add(name)
    return frozenset(f), frozenset(m), frozenset(n)


_MORE_FEMALE, _MORE_MALE, _MORE_NEUTRAL = _bundled_given_names()
_FEMALE_NAMES = _FEMALE_NAMES | (_MORE_FEMALE - _MALE_NAMES - _NEUTRAL_NAMES)
_MALE_NAMES = _MALE_NAMES | (_MORE_MALE - _FEMALE_NAMES - _NEUTRAL_NAMES)
_NEUTRAL_NAMES = _NEUTRAL_NAMES | (_MORE_NEUTRAL - _FEMALE_NAMES - _MALE_NAMES)
_SURNAMES_FIRST = frozenset(
    "wang zhang liu chen yang huang zhao zhou xu zhu guo xie deng cao feng zeng peng xiao cai tian dong "
    "yuan jiang kim choi jung kang cho yoon jang nguyen tran pham hoang phan".split())
_ROLE_WORDS = frozenset(
    "chairman chairwoman chair chairperson president vice director minister secretary manager coach "
    "commissioner councilman councilwoman senator governor mayor judge officer chief executive deputy managing "
    "ceo cto cfo coo evp svp vp spokesman spokeswoman spokesperson head leader analyst economist attorney "
    "lawyer professor principal patrolman administrator acting assistant editor writer reporter correspondent "
    "expert researcher founder co-founder premier ambassador commander captain inspector superintendent "
    "sheriff detective sergeant lieutenant colonel admiral bishop pastor dean provost rector chancellor "
    "treasurer trustee official outfielder pitcher catcher magistrate auditor comptroller representative "
    "delegate lawmaker legislator engineer scientist author critic partner consultant specialist adviser "
    "advisor strategist activist campaigner founding operating general first policeman policewoman "
    "constable trooper marshal sportswriter columnist broadcaster pastor priest rabbi imam physician doctor "
    "surgeon nurse teacher student farmer driver owner solicitor prosecutor clerk sponsor supervisor "
    "controller collector assessor proprietor employee worker resident witness "
    "shortstop quarterback halfback fullback golfer champion "
    # round 10: members of a parliament, written before the name in British and European news ('Labour MP Dawn
    # Butler', 'Green MEP Alexandra Geese', 'SNP MSP Ann Roe'): offices, as 'senator' and 'representative' are;
    # and the judge's title of Commonwealth courts ('Justice Jairus Ngaah said in his ruling')
    "mp mep msp justice "
    # round 19: the members of Indian and Pakistani legislatures written before the name as 'MP' is ('Sultanpur MLA
    # Devendra Pratap Tripathi', 'PTI MNA Ali Raza'), which had been read as the first word of the name
    "mla mlc mna mpa "
    # round 36: the members of Canada's provincial assemblies ('PC MHA Loretta Hynes', Newfoundland and Labrador; 'MPP'
    # in Ontario), and the Dutch and Belgian offices of coalition talks ('Informateur Hendrik Zwaneveld', 'Formateur
    # Wouter Declercq'), which had been read as the first word of the name
    "mha mpp informateur formateur "
    # and the false titles of sports and local news written before a name ('Substitute Freya Lindqvist', 'Landlord
    # Castlegate Property Holdings', 'Senior Counsel Nigel Mohabir'), read as the first word of the name before
    "substitute landlord counsel "
    # and a party's member or a pupil's parent written before the name as a false title ('Democrat Paul Ebersole',
    # 'Republican Sharon Lindgren', 'Parent Jasmine Okafor'), which had been read as the first word of the name
    "democrat republican parent undersecretary under-secretary "
    # round 11: the offices of city and state legislatures written before the name in American and British local
    # news ('Councilmember Carroll Fife', 'Councillor Jane Roe', 'Assemblywoman Ann Lee'), as 'councilman' was
    "councilmember councillor councilor alderman alderwoman assemblyman assemblywoman "
    "assemblymember congressman congresswoman selectman selectwoman "
    # and the roles of a football club that sports copy writes before a name and varies it with ('Villa boss Unai
    # Emery', 'the striker')
    "boss skipper striker midfielder defender goalkeeper winger physio "
    # round 33: the head of a village council in Indian news ('Sarpanch Manda Shelar'), and the neighbour of local
    # news's false titles ('Neighbour Bruce Hanlon, 74, stayed to defend his home'), which had stayed the first word of
    # the name ('Reeve', the head of a Canadian rural municipality, is left out: it is a surname too, 'Donna Reeve')
    "sarpanch neighbour neighbor "
    # round 16: the Irish head of government and deputy, written before the name as 'Premier' is
    "taoiseach tánaiste tanaiste "
    # round 17: the offices South Asian papers write before a name ('Advocate Shahnaz Parveen Rimi', 'Senior DIG
    # Chandana Wickramaratne', 'Ernakulam Rural SP Vivek Kumar Nair', 'DCP Kavita Raghunathan': the police ranks of
    # India, Pakistan, Bangladesh and Sri Lanka, inspector-general down to station house officer), 'senior' before
    # them as 'deputy' and 'assistant' are, and a naval rank ('Commodore'); not 'additional' or 'joint', which are
    # adjectives far more often ('additional Nazi-minded Germans' had become a role and a person)
    "advocate senior igp dig adg adgp ig sp ssp dsp asp dcp acp sho commodore brigadier "
    # the member of the Irish Dáil before the name as 'MP' ('Fianna Fáil TD Tomás Hehir'), the co- offices, and the
    # roles of a cricket side that sports copy writes before a name as it does a footballer's ('Seamer Kamran Javed')
    "td co-author co-chair co-director seamer spinner batter batsman bowler wicketkeeper all-rounder "
    # round 20: the offices of courts and inquests written before the name ('Coroner Elspeth Varney', 'Registrar
    # Ann Roe'), and the ombudsman
    "coroner registrar ombudsman "
    # round 22: the offices of diplomacy written before the name in wire copy ('UN envoy Dariusz Helmqvist-Obi', 'chief
    # negotiator Ana Roe', 'Special Rapporteur Ann Lee'), as 'ambassador' and 'delegate' are
    "envoy negotiator rapporteur mediator consul emissary "
    # round 30: false titles that open a sentence, where the capital hides that they are common nouns ('Paramedic Eoin
    # Hartigan, a shop steward ...', 'Opener Karan Mehta', 'Barrister Saad Qureshi', 'Dutchman Sander Wijnbergen'; Bell
    # 1991, ch. 10 on the pseudo-title of news), read as the first word of the name before: occupations, the offices of
    # Irish local government ('Cathaoirleach'), a party's whip, a university's regent, a student's year, and the nouns
    # of nationality in -man; not those that are common surnames too ('Reeve', 'Boxer': 'Donna Reeve' would lose her
    # surname), nor the Irish 'Garda', which opens the force's own name ('The Garda Síochána said', round 27)
    "paramedic barrister opener coxswain sophomore freshman retiree cathaoirleach whip regent "
    "archbishop violist dutchman frenchman englishman irishman scotsman welshman "
    # the ranks of the Ghana and Nigeria police forces written before the name as round 17's Indian ranks are ('COP
    # Daniel Kwame Adu-Boahen', 'DCOP Francis Ablordeppey', 'CP Emmanuel Nwosu': Commissioner, Deputy Commissioner of
    # Police)
    "cop dcop cp".split())
_ORG_ROLES = frozenset(
    "chairman chairwoman chair chairperson president vice director minister secretary manager commissioner "
    "chief ceo cto cfo coo evp svp vp spokesman spokeswoman spokesperson head officer founder co-founder "
    "executive analyst economist researcher specialist partner member trustee treasurer adviser advisor "
    "engineer scientist consultant attorney lawyer coach".split())
# words that end names of things, not of people (the Truman Doctrine, the Marshall Plan, Park Avenue)
_NOT_PERSON_WORDS = frozenset("doctrine plan act treaty declaration charter agreement accord resolution convention "
                              "protocol era avenue street road square boulevard stadium airport states nations kingdom "
                              "republic emirates islands war "
                              # round 7: a portfolio after 'Minister of' ('Minister of Foreign Affairs' gave the
                              # person 'Foreign Affairs'), spans of time ('the opening five minutes')
                              "affairs minutes hours trial".split())
# the head nouns of the names of events ('the Climate Action Summit', 'the Pan Pacific Games',
# 'London Fashion Week'), which had made 'Action Summit' a person with the role 'Climate' and the antecedent of a 'he'
# three paragraphs on: an occasion is no one who speaks, so a name whose last word (its head) is one of these names no
# person (_speakers._run_head). Only as the head: before it the word is a modifier of another name ('Summit Ridge
# Residential', 'Summit Aviators Association' are companies and unions), which a word of _NOT_PERSON_WORDS anywhere in
# the name would have barred. The event nouns that are also bodies ('conference', 'congress', 'forum', 'festival',
# 'assembly', 'council', 'programme') are organisation words already (no person either); not 'day' (Doris Day, Jason
# Day: a common surname; 'Earth Day' stays as it was)
_EVENT_HEADS = frozenset("summit summits games olympics olympiad paralympics expo symposium colloquium championship "
                         "championships tournament marathon jubilee week".split())
# round 9: the portfolios of the UN's High Commissioners ('High Commissioner for Human Rights' gave the person
# 'Human Rights', to whom a later 'she' went): words no person's name holds, which an organisation's may ('Human
# Rights Watch'), so that they bar only the person (_run_head)
_PORTFOLIO_WORDS = frozenset("rights refugees".split())
_ROLE_HEADS = _ROLE_WORDS - frozenset("vice acting assistant founding operating general first deputy managing "
                                      "executive chief head".split())
# round 10: the last word of a company's name written in capitals as its legal form or its trade ('Thales SA',
# 'Siemens AG', 'Clearview AI'), matched as written: 'Ai Weiwei' or a given name 'Sa' is no such word
_ORG_SUFFIXES = frozenset("AI AG SA NV BV SE ASA AB SpA GmbH PLC LLC".split())
_ORG_WORDS = ORG_WORDS  # (defined with the cue patterns since round 15, which read it too)
# Round 7: countries (the member states of the United Nations, in their short English names, and a few
# former ones the speeches name) and world regions. A country named as an actor ('Greece believes', 'Haiti has
# always said') speaks through its government (metonymy: Quirk et al. 1985, 5.60 on proper nouns; Biber et
# al. 1999, 4.10), so the name table keeps it as an organisation: never the antecedent of 'he' or 'she'
# (before, one-word country names with a cue verb after them were persons, and 'he' in a UN speech
# resolved to 'Greece', 'Haiti'). Names that are also common given names (Jordan, Chad, Georgia, Israel)
# are left out.
_COUNTRIES = frozenset(n.strip() for n in (
    "Afghanistan,Albania,Algeria,Andorra,Angola,Argentina,Armenia,Australia,Austria,Azerbaijan,Bahamas,"
    "Bahrain,Bangladesh,Barbados,Belarus,Belgium,Belize,Benin,Bhutan,Bolivia,Botswana,Brazil,Brunei,"
    "Bulgaria,Burkina Faso,Burundi,Cambodia,Cameroon,Canada,Cape Verde,Chile,China,Colombia,Comoros,Congo,"
    "Costa Rica,Croatia,Cuba,Cyprus,Czechoslovakia,Denmark,Djibouti,Dominica,Ecuador,Egypt,El Salvador,"
    "Eritrea,Estonia,Eswatini,Ethiopia,Fiji,Finland,France,Gabon,Gambia,Germany,Ghana,Greece,Grenada,"
    "Guatemala,Guinea,Guinea-Bissau,Guyana,Haiti,Honduras,Hungary,Iceland,India,Indonesia,Iran,Iraq,Ireland,"
    "Italy,Jamaica,Japan,Kazakhstan,Kenya,Kiribati,Kuwait,Kyrgyzstan,Laos,Latvia,Lebanon,Lesotho,Liberia,"
    "Libya,Liechtenstein,Lithuania,Luxembourg,Madagascar,Malawi,Malaysia,Maldives,Mali,Malta,Mauritania,"
    "Mauritius,Mexico,Micronesia,Moldova,Monaco,Mongolia,Montenegro,Morocco,Mozambique,Myanmar,Namibia,"
    "Nauru,Nepal,Netherlands,New Zealand,Nicaragua,Niger,Nigeria,North Korea,Norway,Oman,Pakistan,Palau,"
    "Palestine,Panama,Papua New Guinea,Paraguay,Peru,Philippines,Poland,Portugal,Qatar,Romania,Russia,Rwanda,"
    "Samoa,San Marino,Saudi Arabia,Senegal,Serbia,Seychelles,Sierra Leone,Singapore,Slovakia,Slovenia,"
    "Solomon Islands,Somalia,South Africa,South Korea,South Sudan,Spain,Sri Lanka,Sudan,Suriname,Sweden,"
    "Switzerland,Syria,Tajikistan,Tanzania,Thailand,Timor-Leste,Togo,Tonga,Trinidad and Tobago,Tunisia,"
    "Turkey,Turkmenistan,Tuvalu,Uganda,Ukraine,Uruguay,Uzbekistan,Vanuatu,Venezuela,Viet Nam,Vietnam,Yemen,"
    "Yugoslavia,Zaire,Zambia,Zimbabwe,Ceylon,Burma,Rhodesia,Dahomey,Upper Volta,Kampuchea,Tanganyika,"
    "Soviet Union,Great Britain,Britain,England,Scotland,Wales,"
    # round 20: the states the list had left out and the short forms news writes ('In a filing ..., the company said'
    # had gone to 'US', a country, no company); not 'Jordan', 'Chad' or 'Georgia', which are given names too
    "United States,United Kingdom,US,U.S.,USA,UK,U.K.,UAE,Israel,Taiwan,Hong Kong,Macau,Kosovo,"
    "Bosnia and Herzegovina,North Macedonia,Czech Republic,Dominican Republic,Equatorial Guinea,Ivory Coast,"
    "Puerto Rico").split(","))
# round 38: the states, provinces and territories of the federations whose papers write a place as 'town, state'
# ('Jolene Brekke, who runs about 400 cows near Pine Butte, South Dakota, says ...' had made 'South Dakota' a person,
# to whom the next 'she' went): places, as the countries are; not those that are given names or surnames too
# ('Georgia', 'Virginia', 'Washington', 'Victoria', 'Alberta', 'Montana', 'Nevada', 'Carolina', 'Dakota' alone)
_STATES = frozenset(n.strip() for n in (
    "Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Hawaii,Idaho,Illinois,"
    "Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,"
    "Nebraska,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,"
    "Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,West Virginia,Wisconsin,"
    "Wyoming,British Columbia,Saskatchewan,Manitoba,Ontario,Quebec,New Brunswick,Nova Scotia,Prince Edward Island,"
    "Newfoundland and Labrador,Newfoundland,Yukon,Northwest Territories,Nunavut,New South Wales,Queensland,"
    "South Australia,Western Australia,Tasmania,Northern Territory").split(","))
# a region's name ends in one of these ('Central America', 'the Middle East', 'Southern Africa')
_REGION_LAST = frozenset("America Americas Africa Asia Europe East Pacific Caribbean Atlantic Mediterranean "
                         "Oceania Balkans Antarctica Arctic".split())


# round 20: the continents written alone ('destinations in Asia, Africa and Europe' had made 'Asia' a person, to whom a
# later 'he' went); 'America' alone is the country, 'East' or 'Pacific' alone the start of other names
_CONTINENTS = frozenset("Asia Africa Europe Oceania Antarctica Americas Eurasia".split())


# the words that make a world region's name with a region word after them ('Central Asia', 'Latin America', 'the Middle
# East', 'Horn of Africa', 'Latin America and the Caribbean'): compass points, their adjectives and the other qualifiers
# of region names (the UN geoscheme's names, M49), and the region words themselves. Another word before the region word
# makes the name of a body's regional unit, a company named by its market ('Hanwha Vision America', 'Hikvision
# Europe', 'Bosch Security Systems Americas'), which had been taken for a place, so 'the company' could not be it
_REGION_QUALIFIERS = frozenset(
    "north south east west northern southern eastern western central middle latin far near upper lower greater "
    "northeast northwest southeast southwest north-east north-west south-east south-west sub-saharan equatorial "
    "horn of the and arab mainland continental tropical indo".split())


def _region(name: tuple[str, ...] | list[str]) -> bool:
    """Is a name a world region ('Central Asia', 'the Middle East'; :data:`_REGION_LAST` after qualifiers of
    :data:`_REGION_QUALIFIERS` or other region words; a continent alone, :data:`_CONTINENTS`), no country?"""
    if len(name) == 1:
        return name[0] in _CONTINENTS
    return name[-1] in _REGION_LAST and all(w.lower() in _REGION_QUALIFIERS or w in _REGION_LAST or w in _CONTINENTS
                                            for w in name[:-1])


def _place_name(name: tuple[str, ...] | list[str]) -> bool:
    """Is a name run's name a country (:data:`_COUNTRIES`), a state or province (:data:`_STATES`, round 38) or a world
    region (:data:`_REGION_LAST`, :func:`_region`)?"""
    joined = " ".join(name)
    return joined in _COUNTRIES or joined in _STATES or _region(name)
_DOC_NOUNS = (r"press\s+release|news\s+release|release|statement|website|web\s+site|webpage|web\s+page|page|"
              r"report|study|brochure|document|text|letter|letters|announcement|blog\s+post|blog|tweet|"
              r"white\s+paper|paper|filing|memo|e-?mail|cable|advertisement|leaflet|presentation|site|"
              r"newsletter|bulletin|communiqu[eé]|notice|publication|guidelines|resolution|presentments")
_DOC_RE = _rx(rf"(?i)^(?P<doc>{_DOC_NOUNS})$")
# a document addressed to a hearer, as the subject of a reporting verb: 'The mayor's letter to the governor said', 'A
# letter from the mayor to the governor said', 'The company's letter sent to shareholders said' (addressed_document):
# the noun phrase before 'to' (its owner's document, with the modifiers the owned-document rule of discourse._speakers
# reads, or a document with its owner after 'from' or 'by') and the 'to' that opens its addressee
_TO_HEARER = _rx(r"(?<![\w’'])(?:(?:addressed|sent|written|delivered|issued)\s+)?to\s+$")
_ADDRESSED_DOC = _rx(
    rf"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w\-]+\s+){{0,3}}?[\w\-.]+|"
    rf"[A-Z][\w\-.&]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w\-.&]*){{0,4}})[’']s?\s+"
    rf"(?:(?:new|latest|own|official|annual|recent|most|final|first|interim|quarterly)\s+)*(?:{_DOC_NOUNS})|"
    rf"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?:new|latest|official|annual|recent|joint|written)\s+)?(?:{_DOC_NOUNS})\s+"
    rf"(?:from|by)\s+(?:[Tt]he\s+)?[\w’'\-]+(?:\s+(?:of\s+|for\s+)?[\w’'\-]+){{0,5}}")


def addressed_document(text: str, at: int) -> str | None:
    """The document whose addressee is the noun phrase at ``at`` in ``text`` (a sentence or clause), if any.

    In 'The mayor's letter to the governor said' the prepositional phrase 'to the governor' postmodifies the head
    'letter' (Quirk et al. 1985, 17.37-17.38), so the governor is the object of 'to', the one written to, and never the
    subject of 'said' (9.1); the subject is the document, its owner's as 'Huawei's press release said' is Huawei's
    (the owned-document rule of discourse._speakers: the mayor speaks, the letter is the channel). Returns that
    document as written, from the clause's start (after the last comma, semicolon, colon or quotation mark) to the
    word before 'to' ('The mayor's letter', 'A letter from the mayor'), where it is one of the two forms of
    :data:`_ADDRESSED_DOC`; else None. Read as the nearest noun phrase before the verb, the hearer had been the
    speaker."""
    if at < 4 or "to" not in text[max(0, at - 4):at]:
        return None
    t = _TO_HEARER.search(text, max(0, at - 30), at)
    if t is None:
        return None
    lo = max(text.rfind(c, max(0, at - 160), t.start()) for c in ",;:“”\"(") + 1
    subject = text[max(lo, at - 160):t.start()].strip()
    return subject if _ADDRESSED_DOC.fullmatch(subject) is not None else None
# round 29: the documents of audits, reviews and inquiries, which find what they quote (the subject of a finding,
# _attribution._finding_source, and the document before an 'it', _speakers._DOC_DESC_SUBJECT)
_INQUIRY_NOUNS = r"audit|review|investigation|inquiry|assessment|evaluation|inspection"
_PRONOUN_SPEAKERS = frozenset("he she they it we i you him her them us".split())

# the abbreviations a name word may be with its full stop ('Mr.', 'St.', 'Jr.'); the kernel's name_runs reads them too
# (round 32: and the legal forms 'Pvt.', 'Pty.', 'Sdn.', 'Bhd.' of Indian, Australian and Malaysian companies, 'Sunmarg
# Lifesciences Pvt. Ltd.', whose full stop had ended the run)
# (round 38: every title of _quote_cues.TITLE_ABBREVIATIONS, which 'Maj.', 'Supt.', 'Cllr.' and others had not been)
_RUN_TITLES = TITLE_ABBREVIATIONS + ("Co", "Corp", "Inc", "Ltd", "Mt", "Ft", "Jr", "Sr", "Pty", "Sdn", "Bhd")
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*"  # a capitalised word
_NW_ABBREVIATED = r"(?:" + "|".join(_RUN_TITLES) + r")\.|(?:[A-Z]\.){1,3}[A-Z]?\.?"  # a title, initials (K.J.P.)
_NW = rf"(?:{_NW_ABBREVIATED}|{_CAP_WORD})"
# (the lookahead first: every alternative of _NW starts with a capital, so the engine leaves the other places
# after one test instead of trying the title alternatives at every word; the same matches, about twice as fast)
# (round 10: up to two particles between name words, 'Ursula von der Leyen', 'Ana de la Cruz')
# (round 15: in a run, a capitalised word may go on after a slash with another, 'Radio Free Europe/Radio Liberty',
# 'RFE/RL', which had been cut at the slash to 'Radio Liberty'; the other patterns keep _NW)
# (round 17: a particle may be joined to the next name word by a hyphen, 'Ahmed al-Rubaie', as in _quote_cues._NAME)
_RUN_NW = rf"(?:{_NW_ABBREVIATED}|{_CAP_WORD}(?:/{_CAP_WORD})*)"
_RUN_RE = _rx(
    rf"(?=[A-ZÀ-ÖØ-Þ])(?<![\w’'.])(?P<run>{_RUN_NW}(?:[ \t]+(?:(?:{_PARTICLE}|of|for)(?:[ \t]+|-(?=[A-ZÀ-ÖØ-Þ]))){{0,2}}{_RUN_NW}){{0,11}})(?:,?\s+(?:Jr|Sr)\b\.?)?")
# the compiled scan of _RUN_RE's matches where the kernel is built (``name_runs``; a kernel built from an older source
# without it is passed over): the same titles and particles as the pattern (discourse._speakers._name_runs)
_RUNS_KERNEL = KERNEL if KERNEL is not None and hasattr(KERNEL, "name_runs") else None
if _RUNS_KERNEL is not None:
    _RUNS_KERNEL.set_run_words(_RUN_TITLES, sorted(_PARTICLES | {"of", "for"}))
# round 37: finite auxiliaries that scanned or typed text capitalises inside a sentence ('when the Chairman Was present',
# 'It Was reported that', a UN speech of 1962), which had made 'Was' a person with the title Chairman; no given name or
# surname (not 'Will', 'Can', 'Do' or the Luhya surname 'Were', which are); in _NOT_NAME, and after a pronoun no speaker (_attribution._clean_speaker)
CAPITAL_AUXILIARIES = frozenset("Was Is Are Been Has Had Have Did Does Would Should Could Might Must".split())
_NOT_NAME = frozenset(
    "He She It They We I You His Her Its Their Our My Your This That These Those There Here What When Where Who "
    "Why How Which Whose Whom Mr Mrs Ms Dr No Yes Not Some Many Most Each Every All Both Few Such Other Another "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Sept Oct Nov Dec Jan Feb Aug Today Tomorrow Yesterday "
    # round 19: currency abbreviations written before a figure ('Rs 448 crore', 'Ksh 2 billion'), which recur and had
    # made the rupee an organisation that a document ('The document warned ...') was given to
    "Rs Rp Tk Ksh KSh Dhs INR PKR USD EUR GBP NGN ZAR "
    # round 20: the letters of dollar currencies written against the sign ('NT$2.4 billion', 'HK$', 'S$'; 'NT' had become
    # the company a later 'the company' went to), and the ringgit and yuan abbreviations
    "NT RM RMB CNY JPY KRW TWD HKD SGD MYR "
    # the -ing forms of the auxiliaries, which open a non-finite clause at a sentence's start ('Having told reporters
    # that ..., she resigned', 'Being a lawyer, he ...'; Quirk et al. 1985, 15.58) and are no name: 'Having' had been a
    # person, the speaker of the clause it opens and the antecedent of the 'she' after it
    "Having Being".split()) | CAPITAL_AUXILIARIES
# a role written before the name and a comma: "Acme Solutions’ CTO, Paul Steinberg" (the role ends in a role word;
# round 15: or its capitalised head has an of-phrase, "the Commissioner of Police, Olanrewaju Babatunde,";
# round 10: after a determiner its modifiers may be in lower case, "The city's police commissioner, Keechant Sewell,"
# but no preposition or conjunction, which would reach beyond the noun phrase)
# (a genitive before the role is its determiner as 'the' and 'its' are, Quirk et al. 1985, 5.115: 'Sentinel AI's chief
# financial officer, Laura Chen,' takes its words in lower case after the owner, as 'Sentinel AI's CFO' took its capitals)
_ROLE_COMMA = _rx(r"(?:^|[.;:!?]\s+|\b(?P<det>[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)"
                         r"(?P<role>(?:[A-Z][\w\-&]*[’']?s?\s+(?:(?:of|for)\s+(?:the\s+)?(?=[A-Z]))?|(?(det)(?!(?:and|or|but|of|in|on|at|for|with|to|from|by|"
                         r"as|into|than)\s)[a-z][\w\-]*(?:[’']s)?\s+|(?:(?<=[’']s\s)|(?<=s[’']\s))(?:(?!(?:and|or|but|of|in|on|at|for|with|"
                         r"to|from|by|as|into|than)\s)[a-z][\w\-]*\s+){1,4})){0,4}[\w\-]+),\s+$")
_APPOS_RE = _rx(r",\s+(?P<role>(?:(?:the|a|an)\s+)?[^,.;:“”\"()]{2,110}?)\s*(?=[,.;:]|\s+(?:said|says|told)\b)")
_AGE_RE = _rx(r",\s+\d{1,3},")
# the company after a title in apposition, "said Mike Lee, Director of Product Management, Hanwha Vision America.": the
# press-release and trade-press form of an executive's attribution, name, title, company, each part set off by commas
# (the second apposition identifies the employer, as "at Hanwha Vision America" would); capitalised words to the end of
# the sentence, a comma or the verb. A day or month there is when the person spoke, not where they work.
_ROLE_COMPANY = _rx(r",\s+(?P<org>(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                    r"April|May|June|July|August|September|October|November|December|Today|Yesterday)\b)"
                    r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z&][\w&'’-]*|of|for|and)){0,5})\s*(?=[.;]|,\s|\s+(?:said|says|told|added)\b)")
# the functions of a business that a job title's of-phrase names, "VP of Sales at Hikvision USA", "Head of Product
# Marketing at Genetec": a department, not an organisation; the employer is the object of the "at" after it
_BUSINESS_FUNCTIONS = frozenset(
    "sales marketing engineering product products management operations business development technology research "
    "communications strategy finance partnerships partner alliances solutions customer success support services "
    "channel channels global regional international north south east west central america americas emea apac "
    "innovation growth design data analytics security safety software hardware programs program projects and & "
    "public relations corporate affairs people talent human resources it legal compliance".split())
_OWNER_BEFORE = _rx(rf"(?P<owner>{_NW}(?:\s+(?:of\s+|for\s+|&\s+)?{_NW}){{0,5}})[’']s?\s+(?:(?:new|latest|own|"
                           rf"official|annual|recent|written|prepared|brief|short|long|online)\s+)*(?P<doc>{_DOC_NOUNS})\b")
# (the lookahead only skips positions where no document noun can start: the first letters of _DOC_NOUNS)
_DOC_FIRST = "".join(sorted({alt[0] for alt in _DOC_NOUNS.split("|")}))
# the participles that name a document's author ('a statement issued by', 'signed by': round 15; 'the reference filed
# by the Punjab Integrity Bureau', 'a letter written by her lawyer': round 19; round 23: 'organised by', the organiser
# of an open letter being its author). After a comma too, as a non-restrictive postmodifier of the document ('The
# report, prepared by the Bengal Local Accounts Inspectorate, said'; Quirk et al. 1985, 17.29): the agent is the
# author still (round 23)
_BY_PARTICIPLE = (r"(?:issued|released|published|signed|filed|written|sent|prepared|submitted|lodged|authored|"
                  r"organised|organized)\s+by")
# the words that join a document to its owner after it ('a report by', 'a statement issued by'): with 'of' in the
# name table's search below, without it where a written speaker is read (_speakers._DOC_OF_OWNER)
_BY_OWNER = rf"(?:by|from|{_BY_PARTICIPLE})"
_OWNER_AFTER = _rx(rf"(?i:\b(?=[{_DOC_FIRST}])(?P<doc>{_DOC_NOUNS}))(?:\s+(?:of|{_BY_OWNER})|,\s+{_BY_PARTICIPLE})\s+"
                          rf"(?:the\s+)?(?P<owner>{_NW}(?:\s+(?:of\s+(?:the\s+)?|for\s+|&\s+)?{_NW}){{0,5}})")
# what every match of _OWNER_AFTER starts with, in lower case: a fast search (its alternation starts with
# letters, which the regex engine scans for in C) for the places where _OWNER_AFTER can match
_OWNER_AFTER_LOW = _rx(rf"(?:{_DOC_NOUNS})(?:\s+(?:of|{_BY_OWNER})|,\s+{_BY_PARTICIPLE})\s")
_OWNER_AFTER_LOW_I = _rx(_OWNER_AFTER_LOW.pattern, re.IGNORECASE)  # in the text itself (_owner_after_matches)
_FOLDS_TO_ASCII = ("ſ", "\u212a", "ı", "İ")  # non-ASCII letters an IGNORECASE pattern's s, k or i matches


def _owner_after_matches(text: str):
    """``_OWNER_AFTER.finditer(text)``, the same matches, found faster.

    Every match starts where ``text.lower()`` matches ``_OWNER_AFTER_LOW`` (the document noun under
    IGNORECASE is that noun in lower case, the connector is lower case already): all such places are
    collected, then ``_OWNER_AFTER`` is matched at each in order, skipping those inside the previous match,
    as ``finditer`` does (``match(text, pos)`` sees the characters before ``pos``, as ``finditer`` does).
    Where lower-casing could shift offsets or a letter folds to s, k or i under IGNORECASE, plain finditer.
    """
    if any(c in text for c in _FOLDS_TO_ASCII):  # (U+0130 is the one character lower-casing lengthens)
        yield from _OWNER_AFTER.finditer(text)
        return
    # every place where _OWNER_AFTER_LOW matches starts with a document noun (see _doc_places)
    if _folded():
        # without text.lower(): the lower-case pattern under IGNORECASE, in the text itself. Its letters are ASCII
        # (and é); with none of _FOLDS_TO_ASCII in the text, a character matches one of them under IGNORECASE
        # exactly where its lower case is that letter, and white space has no case (tests/test_kernel_names.py)
        starts = [p for p in _doc_places(text) if _OWNER_AFTER_LOW_I.match(text, p)]
    else:
        low = _lower(text)
        starts = [p for p in _doc_places(text) if _OWNER_AFTER_LOW.match(low, p)]
    end = 0
    for p in starts:
        if p < end:
            continue
        m = _OWNER_AFTER.match(text, p)
        if m is not None:
            yield m
            end = m.end()


# what every match of _OWNER_BEFORE ends with: a text without it has no match (a fast test first)
_OWNER_BEFORE_TAIL = _rx(rf"[’']s?\s+(?:(?:new|latest|own|official|annual|recent|written|prepared|brief|short|long|"
                                rf"online)\s+)*(?:{_DOC_NOUNS})\b")
_OWNER_ADJ = _rx(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?P<owner>{_NW}(?:\s+{_NW}){{0,3}})\s+(?P<doc>{_DOC_NOUNS})\b")
_APPOS_NAME = _rx(rf",\s+(?P<name>{_NW}(?:\s+{_NW}){{1,3}})\s*(?:[.,;]|$)")
# Where the owner patterns can match (a fast path; tests/test_quotes_lazy.py checks it against finditer).
# Every match of _OWNER_BEFORE, _OWNER_AFTER and _OWNER_ADJ holds a document noun, and every string a noun of
# _DOC_NOUNS matches starts with one of these words (its first word; "e-?mail" both ways, "communiqu[eé]"
# without its last letter). An Aho-Corasick automaton finds them all in one pass of C code.
_DOC_KEYS = frozenset(
    k for alt in _DOC_NOUNS.split("|") for first in [alt.split(r"\s+")[0].replace("[eé]", "")]
    for k in ((first.replace("-?", "-"), first.replace("-?", "")) if "-?" in first else (first,)))
# the characters a match of _OWNER_BEFORE or _OWNER_ADJ cannot hold: the patterns are built of words (\w, '.',
# apostrophes, hyphens, '&') and white space only, so a match lies between two of these
_OWNER_STOP = _rx(r"[^\w\s.’'\-&]")


@lru_cache(maxsize=1)
def _doc_automaton():
    import ahocorasick

    auto = ahocorasick.Automaton()
    for k in sorted(_DOC_KEYS):
        auto.add_word(k, len(k))
    auto.make_automaton()
    return auto


# the compiled scan of the keys' starts where the kernel is built (discourse._quote_kernel; a kernel built from
# an older source without it is passed over): key_starts_folded reads the text itself in lower case, so the
# places come without text.lower() (which took as long as the scan) and about ten times faster than the automaton
_FOLDED_KERNEL = KERNEL if KERNEL is not None and hasattr(KERNEL, "key_starts_folded") else None
if _FOLDED_KERNEL is not None:
    _FOLDED_KERNEL.set_keys(sorted(_DOC_KEYS))


def _folded() -> bool:
    """Are the places found by the kernel's ``key_starts_folded``?"""
    return _FOLDED_KERNEL is not None


@lru_cache(maxsize=4)
def _folded_places(text: str) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """The places of :func:`_doc_places` and :func:`_lower_doc_places` in one scan (``key_starts_folded``)."""
    places = _FOLDED_KERNEL.key_starts_folded(text)
    return None if places is None else (tuple(places[0]), tuple(places[1]))


@lru_cache(maxsize=4)
def _lower(text: str) -> str:
    """``text.lower()``, cached: :func:`_doc_places` and :func:`_owner_after_matches` both read it."""
    return text.lower()


@lru_cache(maxsize=4)
def _doc_places(text: str) -> tuple[int, ...] | None:
    """Sorted offsets where a word of _DOC_KEYS begins in ``text.lower()`` (inside words too), or None where
    lower-casing changes the length (offsets would shift). Cached: the three owner patterns ask in turn. Found by
    the kernel's ``key_starts_folded`` (the text read in lower case) where it is built, else by the Aho-Corasick
    automaton (the same offsets: tests/test_kernel_quotes.py and tests/test_kernel_names.py compare them)."""
    if _folded():
        places = _folded_places(text)
        return None if places is None else places[0]
    low = _lower(text)
    if len(low) != len(text):
        return None
    return _automaton_places(low)


def _automaton_places(low: str) -> tuple[int, ...]:
    """The offsets of :func:`_doc_places` in the lower-cased text, by the Aho-Corasick automaton of _DOC_KEYS."""
    return tuple(sorted({end - n + 1 for end, n in _doc_automaton().iter(low)})) if low else ()


_LAST_STOP = _rx(r".*[^\w\s.’'\-&]", re.DOTALL)  # up to the last _OWNER_STOP character of a stretch


def _segment_matches(rx: re.Pattern, text: str, places):
    """``rx.finditer(text)``, the same matches, for a pattern whose every match holds no _OWNER_STOP character
    and holds one of ``places`` (sorted offsets): only the stretches between two stop characters that hold a
    place are searched. ``search(text, pos, endpos)`` with ``endpos`` one past the stretch's end sees the
    stop character there (for ``\b``) and the characters before ``pos``, so every try at a position inside the
    stretch ends as in ``finditer``; tries elsewhere cannot match. Matches are never empty."""
    n = len(text)
    done = 0  # everything before this offset was searched, or lies inside a match already given
    for q in places:
        if q < done:
            continue
        stop = _OWNER_STOP.search(text, q)
        s1 = stop.start() if stop is not None else n
        lo, s0 = q, None
        while s0 is None:  # the stretch's start: after the last stop character before q
            lo = max(done, lo - 256)
            m = _LAST_STOP.match(text, lo, q)
            s0 = m.end() if m is not None else (lo if lo == done else None)
        start = max(s0, done)
        while (m := rx.search(text, start, min(s1 + 1, n))) is not None:
            yield m
            start = m.end()
        done = max(start, s1)


@lru_cache(maxsize=4)
def _lower_doc_places(text: str) -> tuple[int, ...] | None:
    r"""The places of :func:`_doc_places` where a case-sensitive owner pattern's document noun can start
    (``_OWNER_BEFORE``, ``_OWNER_ADJ``, ``_OWNER_BEFORE_TAIL``), or None where :func:`_doc_places` is None.

    Those patterns write their document nouns in lower case without IGNORECASE and put white space (``\s+``)
    right before them, so the noun's first character is a lower-case ASCII letter, the same in ``text`` and in
    ``text.lower()``, and the character before it is white space (``str.isspace``: the characters ``\s``
    matches in a str pattern). A place that fails either test starts no match of theirs: in UN speeches most
    places are capitalised nouns ('Report', 'Resolution') or keys inside words ('context', 'opposite').
    Every match still holds one of these places (its noun's start), which is all :func:`_segment_matches`
    needs (tests/test_quotes_lazy.py compares the matches with finditer). The kernel's ``key_starts_folded``
    makes both tests as it scans (tests/test_kernel_names.py compares the places)."""
    if _folded():
        places = _folded_places(text)
        return None if places is None else places[1]
    places = _doc_places(text)
    if places is None:
        return None
    low = _lower(text)
    return tuple(p for p in places if p and text[p] == low[p] and text[p - 1].isspace())


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")  # what every _NW starts with
_TAIL_ADJ = frozenset("new latest own official annual recent written prepared brief short long online".split())


def _word_before(text: str, p: int) -> str | None:
    """The white-space-delimited word that ends before the white space before ``p``, or None where it may be
    longer than the 80 characters looked at (the caller then keeps the place)."""
    window = text[max(0, p - 80):p].rstrip()
    tok = window.rsplit(None, 1)
    if not tok:
        return "" if p <= 80 else None
    return tok[-1] if len(tok) == 2 or p <= 80 else None


@lru_cache(maxsize=4)
def _owner_places(text: str, kind: str) -> tuple[int, ...] | None:
    r"""The places of :func:`_lower_doc_places` where ``_OWNER_ADJ`` (``kind`` 'adj') or ``_OWNER_BEFORE`` and
    its tail (``kind`` 'tail') can have their document noun, or None where :func:`_doc_places` is None.

    In both the noun follows white space, and what stands before that white space is one whole word: for
    ``_OWNER_ADJ`` the owner's last word, an ``_NW``, which starts with a capital (:data:`_CAPITALS`) and has white
    space on both sides (``\s+`` before it, after the article or the word before); for the tail an apostrophe
    with an optional s closing the owner (``[’']s?\s+``) or one of its adjectives (:data:`_TAIL_ADJ`, white space
    on both sides). A place whose word before fails its test starts no match of the pattern; every match still
    holds the place of its noun (tests/test_quotes_lazy.py compares the matches with finditer)."""
    places = _lower_doc_places(text)
    if places is None:
        return None
    out = []
    for p in places:
        w = _word_before(text, p)
        if w is None or (w[:1] in _CAPITALS if kind == "adj" else
                         (w.endswith(("’", "'", "’s", "'s")) or w in _TAIL_ADJ)):
            out.append(p)
    return tuple(out)


def _owner_before_tail(text: str) -> bool:
    """``_OWNER_BEFORE_TAIL.search(text) is not None`` (the gate before ``_OWNER_BEFORE``), searched only in the
    stretches that hold a place of :func:`_lower_doc_places`: a match of the tail is an apostrophe, an optional
    s, white space, adjectives and a lower-case document noun, so it holds no ``_OWNER_STOP`` character and
    holds the noun's start, one of those places (tests/test_quotes_lazy.py compares the answers)."""
    places = _owner_places(text, "tail")
    if places is None:
        return _OWNER_BEFORE_TAIL.search(text) is not None
    return next(_segment_matches(_OWNER_BEFORE_TAIL, text, places), None) is not None


def _owner_matches(rx: re.Pattern, text: str):
    """``rx.finditer(text)`` for the three owner patterns, found at the places a document noun can stand
    (for the two case-sensitive ones, the places of :func:`_lower_doc_places`)."""
    if rx is _OWNER_AFTER:
        yield from _owner_after_matches(text)
        return
    places = _owner_places(text, "adj" if rx is _OWNER_ADJ else "tail")
    if places is None:
        yield from rx.finditer(text)
        return
    yield from _segment_matches(rx, text, places)


_DOC_AFTER = _rx(rf"(?i)\s+(?:[\w\-]+\s+)?(?:{_DOC_NOUNS})\b")
# the channel of a speech act, 'said in a statement', 'wrote in a March 3 Facebook post', 'claimed in a television ad': the
# medium named as the circumstance of means of saying (Halliday & Matthiessen 2004, 5.3 and 8.7), with up to three words
# before its noun; besides the documents, the media of the claims fact-checkers check (a post, a video, an ad: Graves
# 2016, ch. 3, records where a claim was made), read here only, not as documents of owners (_DOC_NOUNS)
_CHANNEL_MEDIA = r"post|video|ad|advert"
_CHANNEL_NEAR = _rx(rf"(?i)\b(?:in|via|through)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w\-]+\s+){{0,3}}?"
                           rf"(?P<doc>{_DOC_NOUNS}|{_CHANNEL_MEDIA})\b")
_CUE_VERBAL = r"(?:pointed\s+out|points\s+out|" + "|".join(
    sorted((w for w in CUE_VERBS if " " not in w and w not in _NOUNISH and w not in ("notes", "reports",
            "claims", "states", "answers", "replies", "posts", "tweets", "quotes", "comments", "remarks")),
           key=lambda w: (-len(w), w))) + r")"


def _as_trie(alternation: str) -> str:
    r"""A regex alternation of words (``(?:said|says|pointed\s+out)``) as one alternation of its words with
    white space and a trie of the plain ones (:func:`discourse._quote_cues._trie`): the same set of strings, so a
    pattern asked only *whether* it matches answers the same, and the engine tries one branch per letter instead
    of every word at every place (tests/test_quotes_fast.py compares the answers)."""
    alts = alternation[3:-1].split("|")
    return "(?:" + "|".join([a for a in alts if not a.isalpha()] + [_trie([a for a in alts if a.isalpha()])]) + ")"


# the comma that opens an apposition, and the courtesy or office titles written after it before the name ('The
# Leader of the Opposition, Hon. Musa Foday Conteh-Williams, said'), and the comma that closes it before a cue verb
# (round 25, _subject_like)
_APPOS_OPEN = _rx(r",\s+(?:(?:Hon|Rt\.?\s+Hon|Mr|Mrs|Ms|Miss|Dr|Prof|Comrade|Chief|Engr|Alhaji|Alhaja|Sir|Dame|"
                         r"Rev|Cllr|Cr)\.?\s+)*$")
_CUE_AFTER_COMMA = _rx(rf",(?:\s*{_as_trie(_ADV)})*\s*{_as_trie(_CUE_VERBAL)}\b")
# a cue verb after a name (only whether it matches is asked: the verb and adverb lists as tries, the same answers)
_CUE_NEAR = _rx(rf"^\s*(?:,[^,]{{1,110}},\s*)?(?:\s*{_as_trie(_ADV)})*\s*{_as_trie(_CUE_VERBAL)}\b")
# round 9: a name of two words or more that closes an apposition right before a cue ('Labour's shadow home
# secretary, Yvette Cooper, told the BBC'): a comma before it and a comma and a cue verb after it (the units of
# an apposition are one person, Quirk et al. 1985, 17.65-17.67, and this one speaks); asked in _add_run where
# the run is written right after ', '
_APPOS_CUE_AFTER = _rx(rf"^,\s*(?:{_as_trie(_ADV)}\s+)*{_as_trie(_CUE_VERBAL)}\b")
_INTRO_AFTER = _rx(r"^\s*(?:\([^)]{0,30}\)\s*)?,\s+(?:a|an|the|who|whose|\d{1,3}\b)\s")
# round 10: 'Danilo Krivokapić of the SHARE Foundation disagreed': a name followed by 'of', 'from' or 'at' the body it
# belongs to (an organisation word within its first five words) is a person's, as 'Maya Wang of Human Rights
# Watch' is in one run (_run_head); asked for a name of two words or more, as _INTRO_AFTER
_AFFILIATION_AFTER = _rx(r"^\s+(?:of|from|at)\s+the\s+(?:[A-Z][\w\-’'&]*\s+){0,4}[A-Z][\w\-]*\b")


def _affiliation(after: str) -> bool:
    """Is the name before ``after`` followed by 'of the' and an organisation's name (:data:`_AFFILIATION_AFTER`)?"""
    m = _AFFILIATION_AFTER.match(after)  # the words after 'of the', its last one included
    return m is not None and any(w.lower() in _ORG_WORDS for w in after[:m.end()].split()[2:])


# round 10: 'Chen Wei was one of the few residents to object', 'Wanjiru Kamau is a nurse': a copula whose
# complement is a noun of a person's role classifies the name as a person (Quirk et al. 1985, 10.16, the
# subject complement characterises the subject); asked for a name of two words or more, as _INTRO_AFTER
_COPULA_ROLE_AFTER = _rx(r"^\s+(?:is|was|has\s+been|had\s+been)\s+(?:a|an|one\s+of\s+(?:the|its|their|our))"
                                r"(?P<np>(?:\s+[a-z][\w\-]*){1,4})")
_COPULA_PERSON_NOUNS = frozenset("man woman person mother father nurse teacher student resident veteran widow retiree "
                                 "immigrant refugee volunteer".split())


def _copula_role(after: str) -> bool:
    """Is the name before ``after`` the subject of a copula whose complement is a role or person noun
    (:data:`_COPULA_ROLE_AFTER`)? The complement's head is looked for among its first four lower-case words, before
    a preposition or relative word ('a resident of', 'one of the few residents who')."""
    m = _COPULA_ROLE_AFTER.match(after)
    if m is None:
        return False
    for w in m.group("np").split():
        if w in ("of", "in", "at", "from", "for", "with", "who", "that", "to"):
            return False
        n = w[:-1] if w.endswith("s") and len(w) > 3 else w
        if n in _ROLE_HEADS or n in _COPULA_PERSON_NOUNS:
            return True
    return False


_INVERTED_END = _rx(r"\s*(?:[,.;:!?”\"’)]|$|\s(?:of|at|from|with|in|on|who|whose|as|when|after|before|to)\b)")
# a cue verb right before a name (only whether it matches is asked: the verbs as a trie, the same answers)
_CUE_BEFORE_WORDS = ("said", "says", "added", "adds", "explained", "explains", "noted", "wrote", "writes", "replied",
                     "continued", "declared", "stated", "argued", "insisted", "recalled", "commented", "asked")
_CUE_BEFORE_NAME = _rx(r"\b" + _as_trie("(?:" + "|".join(_CUE_BEFORE_WORDS) + r"|according\s+to)") + r"\s*$")
# what the text before a match ends with once its white space is stripped: one of the verbs, or 'to'
_CUE_BEFORE_ENDS = (*_CUE_BEFORE_WORDS, "to")


# round 10: 'the mayor of Nairobi, Johnson Sakaja, said' / 'a spokesman for Acme said': a name that is the object of
# 'of' or 'for' after a common noun is inside the noun phrase that noun heads, not its head, and a cue verb after
# it has that noun phrase, not the name, for its subject (Quirk et al. 1985, 17.37-17.38, postmodification by a
# prepositional phrase); 'Secretary of State Antony Blinken said' (a Title-Case office before 'of') is not one
_OF_OBJECT = _rx(r"(?<![\w’'])[a-z][a-z\-]*\s+(?:of|for)\s+$")


def _of_object(before: str) -> bool:
    """Is the name after ``before`` the object of 'of' or 'for' after a lower-case noun (:data:`_OF_OBJECT`)?"""
    return before.endswith((" of ", " for ")) and _OF_OBJECT.search(before) is not None


# round 26: a name right after 'from', 'in' or 'at' is the object of that preposition, where someone comes from or
# works ('Kerry Pryce, 38, from Ashbourne Green, Kent, said'), never the subject of the verb after it, as the object
# of 'of' or 'for' after a noun is not (_of_object)
_PLACE_PREPS = (" from ", " in ", " at ")


def _prep_object(before: str) -> bool:
    """Is the name after ``before`` the object of a preposition (:func:`_of_object`, :data:`_PLACE_PREPS`), so that a
    cue verb after it is no mark of a person?"""
    return _of_object(before) or before.endswith(_PLACE_PREPS)


def _cue_before_name(before: str) -> bool:
    r"""Does ``_CUE_BEFORE_NAME`` match in ``before``? Searched only from where a match can start: it ends with
    a verb and white space (``\s*$``, what ``str.rstrip`` strips), so a verb of at most nine letters starts at most
    nine characters before the end of ``before.rstrip()``; only 'according to' (any white space inside) needs
    the whole search. And only where ``before.rstrip()`` ends with a verb or 'to' at all (``str.endswith`` of
    :data:`_CUE_BEFORE_ENDS`): the white space after the verb is what ``\s*$`` matches, so the verb ends the
    stripped text (``$`` before a last newline leaves only white space after it too); most names have neither
    before them (tests/test_quotes_fast.py compares the answers)."""
    core = before.rstrip()
    if not core.endswith(_CUE_BEFORE_ENDS):
        return False
    return _CUE_BEFORE_NAME.search(before, 0 if core.endswith("to") else max(0, len(core) - 9)) is not None


def _strip_title(words: list[str]) -> tuple[list[str], str | None]:
    """Leading courtesy titles off a name; the gender they imply ('f', 'm' or None)."""
    gender = None
    while len(words) > 1:
        if len(words) > 2 and (words[0].lower(), words[1].rstrip(".").lower()) in _TITLE_PAIRS:
            words = words[2:]  # Tan Sri Gurdeep Singh Randhawa, Datuk Seri Hamdan Mokhtar (round 17)
            continue
        if len(words) > 2 and words[0].rstrip(".") == "Pol" and words[1].rstrip(".").lower() in _COURTESY:
            words = words[1:]  # Pol Gen Thanakorn Srisuwan, Pol Lt Col Nattapong Khemthong: Thai police ranks
            continue
        if len(words) > 2 and words[0] in ("Honour", "Honor", "Excellency"):
            words = words[1:]  # (His) Honour Peter Gallacher: a run that left the pronoun of the title pair outside
            continue  # (round 22; with two words after it, so 'Honour Blackman' stays a name)
        if words[0] == "HE" and words[1][:1].isupper():
            words = words[1:]  # HE Jaber bin Nasser al-Yafei: His (Her) Excellency in the Gulf press (round 22; only in
            continue  # capitals, for 'He' is a family name, 'He Yafei')
        if words[0] == "Cardinal" and words[1][:1].isupper() and _name_words(words[1:]):
            words = words[1:]  # Cardinal Spellman: the title of the holder of a see, before a person's name (below)
            gender = "m"
            continue
        t = words[0].rstrip(".").lower()
        if t not in _COURTESY:
            break
        gender = "f" if t in _FEMALE_TITLES else "m" if t in _MALE_TITLES else gender
        words = words[1:]
    if len(words) >= 3 and "Cardinal" in words[1:-1]:
        # Francis Cardinal Spellman: the older style writes a cardinal's title between the given name and the surname
        # (The Chicago Manual of Style, 16th ed., 8.26); the name is Francis Spellman, as Cardinal Spellman's is
        k = words.index("Cardinal", 1)
        if words[k - 1][:1].isupper() and words[k + 1][:1].isupper():
            words = words[:k] + words[k + 1:]
            gender = "m"
    return words, gender


def _name_words(words: list[str]) -> bool:
    """Are all ``words`` capitalised, none an organisation word or a word that ends names of things (the words a
    person's name may be made of, where a role or portfolio is split off before it)?"""
    return all(w[:1].isupper() and w.rstrip(".,’'").lower() not in _ORG_WORDS
               and w.rstrip(".,’'").lower() not in _NOT_PERSON_WORDS for w in words)


def _split_role(words: list[str], prev: str = "") -> tuple[list[str], list[str]]:
    """'Chairman John Smith' -> (['Chairman'], ['John', 'Smith']); the role words before a name. ``prev`` is
    the word written before ``words`` (a lower-case role word there: see :func:`_given_name_after_role`).

    A name left opening with a noun of :data:`_PORTFOLIO_HEADS` before two to four capitalised words that name no
    organisation gives that noun to the role ('Minister for Community Development Jonah Kaiwi', where the split
    after the organisation word 'Community' left 'Development Jonah Kaiwi'; round 22)."""
    role, name = _split_role_words(words, prev)
    if role and len(name) == 1 and name[0].rstrip(".,’'").lower() in _ORG_WORDS:
        # round 32: 'Northmoor Immigrant Justice Coalition': a run that ends in an organisation's word is that
        # organisation's name, and a role word inside it ('Justice') heads no person's name: nothing is split off
        return [], list(words)
    if (len(role) >= 2 and len(name) > 1 and name[-1].rstrip(".,’'").lower() in _ORG_WORDS
            and role[-1][:1].isupper() and all(w[:1].isupper() and not _role_word(w) for w in role[:-1])
            and not any(w.rstrip(".").lower() in _GIVEN_NAMES or w in ("of", "at", "for") for w in name)):
        # round 34: 'Kalinda Heights Senior High School Board': a capitalised role word after capitalised words of no
        # role, inside a run that ends in an organisation's word, is a word of that organisation's name ('Senior' of
        # 'Senior High School'), as above for a run whose rest is one word; a pseudo-title in lower case stays one
        # ('Carrick Alpha operator Tannach Petroleum', 'Developer Harwood Homes')
        # (nor where an 'of', 'at' or 'for' opens a person's affiliation: 'Opposition MP Helga Rún Ólafsdóttir of the
        # Coastal Alliance', which the first version kept whole; found on batch 88 after its one run)
        return [], list(words)
    if (len(name) >= 3 and name[0][:1].isupper() and name[0].lower() in _PORTFOLIO_HEADS and len(name) <= 5
            and _name_words(name[1:]) and name[-1].lower() not in _SERVICE_NAME_ENDS):
        return [*role, name[0]], name[1:]
    return role, name


def _garda_rank(words: list[str], i: int) -> bool:
    """Is ``words[i]`` the Irish police rank 'Garda' before a person's name ('Garda Ciarán Duggan', 'Detective Garda
    Aoife Brennan', 'Garda Buckley')? Round 34: the rank is no role word of its own, for the force's names open with it
    ('Garda Síochána', 'the Garda Press Office'); before capitalised words that are neither 'Síochána' nor an
    organisation's it is the rank, as 'Sergeant' is (the read sets' 'Garda Niamh Foley' had kept it in the name)."""
    return (words[i] == "Garda" and i + 1 < len(words)
            and words[i + 1].rstrip(".,") not in ("Síochána", "Siochana", "Síochana")
            and all(w[:1].isupper() and w.rstrip(".,’'").lower() not in ORG_WORDS for w in words[i + 1:]))


# round 37: offices and team positions that news writes before a name as false titles but that are surnames too
# ('Reeve Bernie Kowalchuk', the head of a Canadian rural municipality, against 'Donna Reeve'; 'Lock Ben Harlow',
# 'Guard Ty Whitaker', 'Mate Eivind Rønneberg'; Bell 1991, ch. 10 on pseudo-titles): a title only where they open the
# run and a known given name follows, so no surname is lost (round 30 left 'Reeve' out of the role words for that)
_LEADING_TITLES = frozenset("reeve mate elder lock prop flanker hooker guard forward centre center linebacker "
                            "cornerback receiver".split())


def _split_role_words(words: list[str], prev: str = "") -> tuple[list[str], list[str]]:
    """:func:`_split_role` before its last step."""
    last = -1
    for i, w in enumerate(words[:-1]):
        if _given_name_after_role(words, i, prev):
            break  # E.G.T. partner Dean Guerin: 'Dean' is his first name, not a second title
        if last >= 0 and w in ("of", "for") and any(x.lower() in _GIVEN_NAMES for x in words[last + 1:i]):
            # Chief Raymond Sakanee of Kewatin Lake First Nation (round 16): a given name after the role has
            # begun the person's name, and the 'of' after it names their organisation, whose words ('First') are
            # no second role
            break
        lw = w.rstrip(".,").lower()
        # (round 25: or a noun of a person in lower case, made by an agentive suffix, the head of a pseudo-title,
        # 'cellist Rachel Tanaka-Burns', 'board member Stefan Ortlepp': _quote_cues.LOWER_AGENT)
        # (round 38: 'Member' capitalised inside a run is an office, 'Opposition Member of Parliament Clement Fraser',
        # 'Council Member Gale Brewer', which had given 'Opposition Member' with 'Parliament Clement Fraser' its body;
        # in lower case it heads a pseudo-title as above, 'board member Stefan Ortlepp')
        if (_role_word(w) or w == "Member" or _OCCUPATION.fullmatch(lw) or LOWER_AGENT.fullmatch(w) or _garda_rank(words, i)
                or (i == 0 and lw in _LEADING_TITLES and len(words) >= 3 and words[1].lower() in _GIVEN_NAMES)) and (
                i + 1 >= len(words) or words[i + 1][:1].isupper() or words[i + 1] in ("of", "for", "at", "and", "&")):
            last = i
    if 0 <= last and [w.lower() for w in words[last + 1:last + 3]] in (["pro", "tempore"], ["pro", "tem"]):
        last += 2  # round 29: 'Senate President Pro Tempore Gregory Ashby': the Latin belongs to the office's name
    if last < 0:
        if ((j := _portfolio_end(words, 0)) >= 2 and 2 <= len(words) - j <= 4
                and _name_words(words[j:])):
            # (Minister for Elementary and) Secondary Education Akhtar Zaman Marwat: a run cut at the 'and' of a
            # portfolio opens with two words of it or more, then the holder's name (round 19; one noun of it, see
            # _split_role)
            return words[:j], words[j:]
        return _description_before_name(words)
    rest = words[last + 1:]
    if (len(rest) >= 4 and rest[0].lower() in _GIVEN_NAMES and rest[1][:1].isupper()
            and rest[2] in ("of", "for", "at")):
        # State Party Chairman James Gray of Albany: a given name right after the role starts the name, and
        # the 'of' after it names a place or organisation (the caller splits it off)
        return words[:last + 1], rest
    if (len(rest) >= 4 and rest[2] in ("of", "at") and _name_words(rest[:2])
            and rest[0].lower() not in _PORTFOLIOS and rest[1].lower() not in _PORTFOLIOS):
        # round 22: 'President Elodie Kanuatara of Mavessa': two capitalised words between the office and its 'of' are
        # the holder's name, whether or not the given name is a common one (the office's own field comes right
        # after it, 'Minister of Foreign Affairs'; a portfolio or organisation word is no name)
        return words[:last + 1], rest
    if (len(rest) >= 5 and rest[3] in ("of", "at") and _name_words(rest[:3])
            and not any(w.lower() in _PORTFOLIOS for w in rest[:3])):
        # round 32: the same with three words ('Administrator Caroline Adhiambo Odera of Odera Kamau & Associates': a
        # given name, a second name and a surname), where the organisation after the 'of' had given the last two words
        return words[:last + 1], rest
    if any(w in ("of", "for", "at", "and", "&") for w in rest):
        # Chief Operating Officer of Punjab Safe Cities Authority Akbar Nasir Khan: the name follows the
        # organisation's last organisation word; without one, the last two words (three with an initial)
        org_end = max((i for i, w in enumerate(words) if i > last and w.rstrip(".,’'").lower() in _ORG_WORDS),
                      default=-1)
        if 0 <= org_end and 1 <= len(words) - org_end - 1 <= 4:
            return words[:org_end + 1], words[org_end + 1:]
        # Secretary of State John Foster Dulles: a common given name after the last 'of' starts the name
        of_end = max(i for i, w in enumerate(words) if w in ("of", "for", "at", "and", "&"))
        given = next((i for i in range(of_end + 2, len(words) - 1) if words[i].lower() in _GIVEN_NAMES), -1)
        if given > 0 and len(words) - given <= 4:
            return words[:given], words[given:]
        # round 19: Minister for Energy Arshad Mahmood Kundi, Minister for Elementary and Secondary Education Akhtar
        # Zaman Marwat: the portfolio after the office's 'for' or 'of' is words of government business
        # (:data:`_PORTFOLIOS`), joined by 'and'; the name starts at the first word after them
        first_of = next(i for i, w in enumerate(words) if i > last and w in ("of", "for", "at", "and", "&"))
        if words[first_of] in ("of", "for"):
            k0 = first_of + 1 + (first_of + 1 < len(words) and words[first_of + 1] == "the")  # Leader of the Opposition
            j = _portfolio_end(words, k0)
            if j > k0 and 1 <= len(words) - j <= 4:
                return words[:j], words[j:]
        k = 3 if len(rest) >= 3 and re.fullmatch(r"[A-Z]\.", rest[-2]) else 2
        if k == 2 and len(words) >= 4 and words[-3] == "of" and words[-2].lower() in _DEPARTMENTS:
            k = 1  # Secretary of State Byrnes: the department, then the surname
        return words[:len(words) - k], words[len(words) - k:]
    return words[:last + 1], rest


# the departments of 'Secretary of State', 'Secretary of War' ...: after one of these a single word is the name
_DEPARTMENTS = frozenset("state war defense defence labor labour commerce agriculture interior treasury navy "
                         "justice health education transportation energy housing".split())
# round 19: the words of government portfolios, written after an office's 'for' or 'of' and before the holder's name
# ('Minister for Energy Arshad Mahmood Kundi', 'Secretary of Rural Development and Panchayati Raj ...'): the business
# of ministries and departments, as governments name them; no word here is a common given name
_PORTFOLIOS = _DEPARTMENTS | frozenset(
    "finance economy economic economics trade industry industries commerce foreign home internal external affairs "
    "planning development rural urban local government works public transport communications information "
    "broadcasting culture tourism sport sports youth women children family families environment climate water power "
    "petroleum mines mining minerals railways irrigation fisheries forestry forests revenue security immigration "
    "employment welfare social science technology research innovation digital infrastructure elementary secondary "
    "primary higher school schools food law parliamentary religious minority minorities human rights relations "
    "cooperation statistics aviation maritime ports shipping roads highways telecommunications national veterans "
    "resources natural heritage arts health care services civil disaster management refugees opposition "
    "international "
    # round 22: 'Minister for Community Development Jonah Kaiwi', 'Leader of Government Business Pokawin Yalu'
    "community business "
    # round 36: the fields of land, parks and farming ministries and of policy ('Director of Parks and Wildlife
    # Chimwemwe Nkhoma', 'Minister of Culture, Information, Sports and Youth Policy Aizada Mamytova')
    "wildlife parks conservation lands livestock cooperatives policy".split())


# round 22: the nouns of portfolios that are not also family names or given names ('Law', 'Power', 'Home', 'Trade',
# 'Heritage' are), each of which ends a portfolio alone: one of them opening a run before a name of two to four words
# is the end of an office's field, no word of the name
_PORTFOLIO_HEADS = frozenset("finance economy economics industry industries commerce affairs planning development works "
                             "transport communications information broadcasting culture tourism sport sports youth "
                             "environment climate petroleum mines mining minerals railways irrigation fisheries forestry "
                             "forests revenue immigration employment welfare science technology innovation "
                             "infrastructure education health defence defense justice agriculture interior treasury "
                             "opposition aviation telecommunications statistics business".split())
# the words that end the names of services and agencies after such a noun ('Health Connect Central', 'Transport Direct',
# and the heads of bodies that the organisation words lack: 'Defence Projects Assurance Unit', read in batch 16)
_SERVICE_NAME_ENDS = frozenset("central connect direct online plus first global international national northern "
                               "southern eastern western unit team command".split())
# the adjectives among them, which open a portfolio but do not end one ('Secondary Education', 'Public Works')
_PORTFOLIO_MODIFIERS = frozenset("public secondary elementary primary higher rural urban local foreign home internal "
                                 "external social natural national civil religious parliamentary economic digital "
                                 "human international".split())


def _portfolio_end(words: list[str], i: int) -> int:
    """The index after a portfolio that starts at ``words[i]`` (capitalised words of :data:`_PORTFOLIOS`, joined by
    'and', '&' or 'of'), ending on a noun of it (not on a joining word or a :data:`_PORTFOLIO_MODIFIERS`); ``i``
    where none starts there."""
    end = j = i
    while j < len(words):
        w = words[j]
        lw = w.rstrip(".,").lower()
        if w[:1].isupper() and lw in _PORTFOLIOS:
            j += 1
            if lw not in _PORTFOLIO_MODIFIERS:
                end = j  # (a portfolio ends in a noun: 'Government & Public Utility Sector' is no portfolio and name)
        elif w in ("and", "&", "of") and j > i:
            j += 1
        else:
            break
    return end


_ROLE_QUALIFIERS = frozenset("vice deputy assistant associate acting former under lieutenant lt".split())
# 'the President clearly was', 'the secretary of the Friends Committee on National Legislation was': a
# definite description with a role head as a clause subject (see _Speakers._description_subject)
_DESC_SUBJECT = _rx(
    r"(?<![\w’'])(?P<d>[Tt]he\s+(?:(?:new|former|late|young|old|elder|[a-z]+-[a-z]+)\s+)?(?P<role>"
    + "|".join(sorted((w for w in _ROLE_HEADS if w.isalpha()), key=lambda w: (-len(w), w))).replace("|", "|")
    + r"|[A-Z](?:" + "|".join(sorted((w[1:] for w in _ROLE_HEADS if w.isalpha()), key=lambda w: (-len(w), w)))
    + r"))(?P<of>\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+(?:[A-Z][\w.\-]*|of|on|for|and|the))*?)?)"
    # (round 39: and the verbs of saying whose past is irregular, 'the President said the Standing Orders ...')
    # (and the irregular pasts of the verbs that introduce a source's view in features, 'The former analyst put it
    # more bleakly', 'The engineer felt', 'the officer went on')
    r"(?=\s+(?:[a-z]+ly\s+)?(?:was|is|has|had|will|would|did|could|can|made|gave|took|spoke|said|told|wrote|"
    r"put|felt|thought|knew|saw|went|came|kept|left|met|sat|stood|began|became|held|sent|grew|"
    r"[a-z]{2,}ed|[a-z]{2,}s)\b)")


# (-man only after the ends of the compounds of occupation, fish-er-, spokes-, police-: given names end in -man too,
# 'Abdirahman', 'Suleiman')
_CAPITALISED_AGENT = _rx(r"[A-Z][a-z]{4,}(?:er|or)|[A-Z][a-z]{3,}(?:erman|sman|eman|erwoman|swoman)")
_NAME_JOINERS = frozenset(("of", "for", "at", "and", "&", "the"))
# round 28: honorifics and clan names that South Asian names carry as their first part ('Syed Faraz Ali Jafri',
# 'Chaudhry Bashir Ahmed Sahi', 'Khawaja Imtiaz Ahmed'; Schimmel 1989, Islamic Names, ch. 4): no description before
# a given name inside the name ('Ali', 'Ahmed'), which the round-4 split took them for
_NAME_PART_HONORIFICS = frozenset("Syed Sayyid Chaudhry Chaudhary Choudhury Khawaja Khwaja Mian Mirza Makhdoom Sardar "
                                  "Sahibzada Pirzada Nawabzada".split())
_NOT_A_NAME_WORD = _rx(r"[A-Z][A-Za-z]*-[a-z][\w\-]*|Another")


# the endings of agent nouns a one-word occupation before a given name must have (round 4); round 33: -man only after
# the ends of compounds of occupation, as in _CAPITALISED_AGENT ('Abdirahman Farah Ali', 'Suleiman'), and no word with
# letters outside ASCII, which English occupations do not have and names of other languages do ('Vítor Hugo
# Brandalise'): those had lost their first given name to the split
_OCCUPATION_LIKE = _rx(r"(?:er|or|ist|ian|ant|ent|erman|sman|eman|erwoman|swoman)$")


# courtesy titles and ranks as British and Irish papers write them, without a full stop ('Headteacher Mr Owen Price',
# 'Vicar Rev Ann Cole'): a contraction that ends with the word's last letter takes no stop (New Hart's
# Rules 2014, 10.2.2: Mr, Mrs, Dr, St), and house styles (the Guardian's, the BBC's, the Irish Times's) drop it from
# every title; written so, they were not seen as the start of the name, and the description before them stayed
# in the speaker's name ('Headteacher Mr Owen Price' beside 'Owen Price' for one person)
_UNSTOPPED_TITLES = frozenset("Mr Mrs Ms Dr Prof Cllr Supt Insp Sgt Capt Lt Col Rev Sir Dame".split())


def _description_before_name(words: list[str]) -> tuple[list[str], list[str]]:
    """'Hollywood Couturier Don Loper' -> (['Hollywood', 'Couturier'], ['Don', 'Loper']); 'Viet Nam Gen.
    Maxwell Taylor' -> (['Viet', 'Nam'], ['Gen.', 'Maxwell', 'Taylor']): capitalised words before a courtesy
    title or a common given name inside a run of three words or more, when no role word was found.

    Reasoning (round 4, from part D, where the run's first words became the speaker's canonical name and
    a place written before the name, 'Hollywood pal', was merged into the person): news writing puts a
    capitalised occupation or a heading before a name ('Actor-Crooner Frank Sinatra', 'Cinemactor Peter
    Lawford'); the role lexicon cannot list every occupation, but a person's name starts at a courtesy
    title or at a given name, so what comes before one of those, when it is neither a given name nor an
    initial, is a description. The name after it keeps one to three words.
    """
    if len(words) < 3:
        return [], words
    if (len(words) == 3 and _CAPITALISED_AGENT.fullmatch(words[0]) and words[0].lower() not in _GIVEN_NAMES
            and all(w[:1].isupper() and not _is_initial(w) and w.lower() not in _NAME_JOINERS for w in words[1:])):
        # round 20: 'Backstroker Chloé Lavigne-Marsh', 'Fisherman Viliami Tuʻipulotu': an agent noun (-er, -or, -man, :data:`_CAPITALISED_AGENT`;
        # Quirk et al. 1985, App. I.34) of seven letters or more, capitalised as the first word of a sentence,
        # before a name of two words is that person's occupation, as 'Cinemactor' is before a given name
        return words[:1], words[1:]
    if (len(words) <= 4 and _NOT_A_NAME_WORD.fullmatch(words[0]) is not None
            and all(w[:1].isupper() and not _is_initial(w) and w.lower() not in _NAME_JOINERS for w in words[1:])):
        # round 28: 'Singer-songwriter Ana Ruiz', 'Co-owner Dev Patel', 'Playing-coach Tom Vea', 'Attorney-at-Law Ian
        # Roe', 'Canadian-listed Orex Mining': a compound whose second part is in lower case is a common noun or an
        # adjective (a given name joins capitalised parts, 'Jean-Luc'), and 'Another Ann Roe' opens with a determiner
        # (not a genitive: 'Bristol’s Kestrel Theatre' is owned, 'Callaghan’s Retail Group' and 'Women’s Professional
        # Tennis Association' are names); what follows may hold more description ('Red-prone Comedian Charlie Chaplin')
        lead, rest = _description_before_name(words[1:])
        return words[:1] + lead, rest
    for i in range(1, len(words) - 1):
        w = words[i]
        lw = w.rstrip(".,").lower()
        if (lw in _COURTESY and (w.endswith(".") or w in _UNSTOPPED_TITLES)
                or lw in _GIVEN_NAMES and w[:1].isupper() and w[1:2].islower()):
            lead = words[:i]
            if (len(words) - i <= (4 if lw in _COURTESY else 3)
                    and not any(x in _NAME_PART_HONORIFICS for x in words[:i])
                    and all(x[:1].isupper() and x.rstrip(".,").lower() not in _GIVEN_NAMES and not _is_initial(x)
                            and x.rstrip(".,").lower() not in _COURTESY and x not in ("of", "for", "at", "and", "&")
                            for x in lead)
                    and (lw in _COURTESY or len(lead) >= 2 or "-" in lead[0]
                         or (_OCCUPATION_LIKE.search(lead[0]) is not None and lead[0].isascii()))):
                # one word before a given name must look like an occupation ('Cinemactor'): 'Long Jim
                # Barnes', 'Mickey Charles Mantle' carry a nickname there
                return lead, words[i:]
            break
    return [], words


# a capitalised occupation noun before a name ('the University of Minnesota's Physiologist Ancel Keys',
# later 'Physiologist Keys'): the derivational suffixes of agent nouns -ist, -ician, -ographer (Quirk et al.
# 1985, App. I.34) mark a role, not a name; five letters before the suffix at least ('Christ', 'Feist')
# (round 19: not the Scandinavian surnames in -qvist, -kvist, -quist, 'Wade Lindqvist of Joplin', whose surname had
# been read as an occupation and the name as a role)
_OCCUPATION = _rx(r"[a-z]{5,}(?:(?<!qv)(?<!kv)(?<!qu)ist|ician|ographer)")
# a sentence-initial adverb made from an adjective ('Affirmatively Baker worked on the premise'): no part of
# the name after it; the suffixes (-ally, -ively, -ously, ...) are ones that common names do not end in
# ('Kelly', 'Beverly', 'Riley' do not match)
_ADVERB = _rx(r"[A-Z][a-z]{2,}(?:ally|ively|ately|ently|antly|ously|fully|ingly|edly|ibly|ably)")


# the words that join role words in a hyphenated office ('editor-in-chief', 'ambassador-at-large')
_ROLE_LINKS = frozenset({"in", "at", "large"})


# round 19: offices that are role words only as written with a capital: 'Deputy Speaker Naseem Akhtar Rind', 'House
# Speaker ...' (the presiding officer of a legislature, which had been read as the first word of the name); 'another
# speaker, William Draper' is someone who speaks, and the apposition after it gives the role
_CAPITALISED_ROLES = frozenset({"Speaker"})


def _role_word(w: str) -> bool:
    """A role word, also hyphenated from role words ('Secretary-General', 'Attorney-General',
    'Vice-President'): UN Secretary-General António Guterres is António Guterres. (Round 15: the compounds
    with 'in' and 'at', 'Editor-in-Chief', 'Commander-in-Chief', 'Ambassador-at-Large', are role words too when
    they open with one; 'Reuters Editor-in-Chief Alessandra Galloni' had been read as one name.)"""
    lw = w.rstrip(".,").lower()
    if lw in _ROLE_WORDS or w.rstrip(".,") in _CAPITALISED_ROLES:
        return True
    if lw in _PLURAL_OFFICES and w[:1].isupper():
        # round 32: the plural of an office before the names of its holders ('an opinion joined by Justices Celia
        # Brandt and Thomas Ekwueme', 'Supervisors Tom Brannigan and ...'; AP Stylebook, 'titles': 'Sens. Ann Roe and
        # Bob Smith'): each name holds the office, which is no part of either name. Offices only: the plural of other
        # role nouns ends names of groups ('Delmont Parents for Transparency', 'Film Critics and Journalists')
        return True
    parts = lw.split("-")
    if len(parts) == 3 and parts[0] in _KIN_OF and parts[1] == "of" and (parts[2] in _SMALL_NUMBERS or parts[2].isdigit()):
        return True  # round 26: 'Mother-of-three Kerry Pryce', the popular papers' kin compound before a name
    return len(parts) > 1 and parts[0] in _ROLE_WORDS and all(p in _ROLE_WORDS or p in _ROLE_LINKS for p in parts)


# (round 32, _role_word: offices written in the plural before their holders' names)
_PLURAL_OFFICES = frozenset("justices judges senators sens representatives reps supervisors commissioners councillors "
                            "councilors councilmembers trustees magistrates ministers governors mayors".split())
# (round 26, _role_word: the kin nouns of 'mother-of-three', 'father-of-two', 'grandmother-of-six', 'mum-of-one')
_KIN_OF = frozenset("mother father mum mom dad grandmother grandfather gran grandad nan".split())
_SMALL_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())


#: the ``prev`` that :meth:`_speakers._Speakers._add_run` passes for a two-word run opening with a role word that is also
#: a given name ('Dean Holloway') in a text that never uses the word as the office: the word is the given name
_GIVEN_ONLY = "\x00given"


def _given_name_after_role(words: list[str], i: int, prev: str = "") -> bool:
    """Is ``words[i]`` a first name although it is also a role word ('partner Dean Guerin')?

    Reasoning: a few role words are common first names too ('Dean'). Right after a lower-case role word ('partner', 'coach') a second capitalised title is unusual in
    news writing, while a first name there is the rule ('E.G.T. partner Dean Guerin'), so a capitalised
    role word that is a known first name, comes right after a lower-case role word and is followed by one
    last capitalised word is read as the first name.
    """
    w = words[i]
    if prev == _GIVEN_ONLY and i == 0 and len(words) == 2:
        return w.lower() in _GIVEN_NAMES and words[1][:1].isupper()  # the text never uses the office (round 25)
    before = words[i - 1] if i > 0 else prev
    return (i == len(words) - 2 and w[:1].isupper() and w.lower() in _ROLE_WORDS
            and w.lower() in _GIVEN_NAMES and before[:1].islower()
            and before.rstrip(".,").lower() in _ROLE_WORDS and words[i + 1][:1].isupper())


_INITIAL_RE = _rx(r"(?:[A-Z]\.)+[A-Z]?\.?")


def _is_initial(w: str) -> bool:
    return _INITIAL_RE.fullmatch(w) is not None


_SKIP_BEFORE_NAME = frozenset("the a an his her their its former late then fellow new ex acting retired veteran "
                               "longtime long-time senior junior chief".split())
_OBJECT_WORDS = frozenset("of to by with for from at in on about against than like between among into toward towards "
                          "behind beside under over via upon after before during without within what whom which that "
                          "and or nor".split())
_PERSON_WORD = _rx(r"[\w’'.\-]+,?|,")
# round 21: a name right after a preposition of place or relation inside a noun phrase, its article allowed ('A trader
# at City Market, Esther Tembo, said', 'The Leader of the Opposition, Musa Conteh-Williams, said', 'A car dealer in
# Pune, who ..., said'): the name is the object of the prepositional phrase that postmodifies the subject's head, and
# the verb after it agrees with that head (Quirk et al. 1985, 17.37-17.40 on postmodifying prepositional phrases), so
# it is no subject even where a cue follows; after a sentence-opening preposition ('On Monday Ann Roe said') the
# name is no object: the preposition must follow a word in lower case, or (round 31) an age in apposition ('Bernadette
# Kiely, 67, of Ballydaheen, Mallow, told': the place where the person lives, _past_age)
_PP_OBJECT_BEFORE = _rx(r"(?:(?<=[a-z] )|(?<=\d, ))(?:of|at|in|from|for|near)\s+(?:the\s+)?$")
# a capitalised word right before such a preposition (an office in Title Case, 'President of the'; _subject_like)
_TITLE_WORD_BEFORE = _rx(r"(?<![\w’'])([A-Z][a-z]+)\s$")


# round 11: nouns of a person's relation to another, written with a possessive before a name in apposition ('her
# husband, Tomás,', 'Her neighbour, Tunde Bakare,'), with the gender the noun gives (None: either)
_RELATION_GENDER = {**{w: "f" for w in "wife daughter mother sister widow grandmother granddaughter aunt niece "
                                       "girlfriend fiancee stepmother stepdaughter".split()},
                    **{w: "m" for w in "husband son father brother widower grandfather grandson uncle nephew "
                                       "boyfriend fiance stepfather stepson".split()},
                    **{w: None for w in "neighbour neighbor colleague friend partner cousin child spouse sibling "
                                        "parent classmate flatmate roommate".split()}}
_RELATION_BEFORE = _rx(r"(?:(?<![\w’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|[A-Z][\w\-]*(?:[’']s|s[’']))\s+"
                              r"(?:[a-z][\w\-]*\s+)?(?P<rel>" + "|".join(sorted(_RELATION_GENDER, key=lambda w: (-len(w), w)))
                              + r")(?:\s+and\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)?,\s+$")  # 'friend and fellow driver,'


# round 19: a role noun with a determiner or possessive before it, then a comma, right before a name: 'Lithuania's
# foreign minister, Rokas Jankauskas,', 'Its executive secretary, Samuel Otieno,', 'That manager, Annika Strand,', 'One
# Murphy Town resident, 67-year-old Eloise Pinder,' (an age may open the name's side). The name in apposition refers
# to the one who holds the role (Quirk et al. 1985, 17.65, as for _RELATION_BEFORE), so it is a person's although no
# given name of the list marks it; an organisation's name is read before this is asked
_ROLE_APPOS_BEFORE = _rx(
    r"(?:(?<![\w’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Tt]hat|[Tt]his|[Oo]ne|[Aa]n?)|[A-Z][\w\-]*(?:[’']s|s[’']))\s+"
    r"(?:[\w\-]+\s+){0,3}?(?P<role>" + "|".join(sorted((w for w in _ROLE_WORDS if w.isalpha()), key=lambda w: (-len(w), w)))
    # round 32: or a noun of a person made by an agentive suffix ('Emerald Sentinel's trainer, Gemma Rowan,', 'One
    # shareholder, Bhaskar Pillai from Chennai,'; Quirk et al. 1985, I.34-I.35 on -er, -or, -ist, -ian)
    + r"|[a-z]{3,}(?:er|or|ist|ian)),\s+(?:\d{1,3}-year-old\s+)?$")


def _role_appos_before(before: str) -> bool:
    """Does ``before`` (the characters before a name) end in a role noun phrase and a comma
    (:data:`_ROLE_APPOS_BEFORE`)?"""
    return before.endswith(" ") and "," in before[-16:] and _ROLE_APPOS_BEFORE.search(before) is not None


def _relation_before(before: str) -> re.Match | None:
    """'Her neighbour, Tunde Bakare, is less worried': a possessive and a noun of a relation between people, then a
    comma, right before a name (``before``: the characters before it), or None.

    Reasoning: only a person is someone's husband, daughter or neighbour, so the name in apposition to such a
    noun is a person's, whose gender the noun may give (an apposition's parts refer to one person, Quirk et al.
    1985, 17.65), as a role word before a name makes it one. The text must end in the comma and white space."""
    if not before.endswith(" ") or "," not in before[-3:]:
        return None
    return _RELATION_BEFORE.search(before)


# nouns of saying whose by-phrase names the sayer (_subject_like)
_SAYING_NOUNS_BY = frozenset(("statement", "statements", "speech", "speeches", "address", "remarks", "words", "message",
                              "declaration", "interview", "article", "letter", "testimony", "report"))


def _office_before_phrase(words: list[str]) -> bool:
    """Is the last of ``words`` (a preposition) the start of an office's postmodifier: is there a role word before it,
    with only capitalised words, articles and 'of'/'and' between ('representative of the United States of')?"""
    for w in reversed(words[max(0, len(words) - 10):-1]):
        lw = w.rstrip(",").lower()
        if _role_word(lw):
            return True
        if not (w[:1].isupper() or lw in ("the", "of", "and")):
            return False
    return False


def _opens_clause(words: list[str]) -> bool:
    """Do ``words`` hold nothing but an office, its postmodifier and what goes before a name ('The representative of
    the United States of'), so that the apposition they head opens its clause (not 'He met the Leader of')?"""
    return all(w[:1].isupper() or w.rstrip(",").lower() in _SKIP_BEFORE_NAME or w.lower() in ("of", "to", "for", "at",
                                                                                                "and")
               or _role_word(w.rstrip(",").lower()) for w in words)


def _subject_like(text: str, s: int) -> bool:
    """Is the name at s named as the subject of its clause (a likely antecedent of a later he/she)?

    Reasoning: a pronoun subject in news ('He said ...') continues the person the text was talking about,
    who is mostly the subject of an earlier clause ('Juras said ...', 'Arnold whipped ...') or a speaker
    ('said Arnold'), rarely a name inside a prepositional phrase ('with Gen. Clay', 'joined by the
    vice-chairman, Mrs. Lee Patterson'), a possessive ('Field's position'), an object of a verb ('criticized
    Mrs. Peck', 'telephoned Maureen') or a subordinate clause ('what Field handles').

    A name is subject-like when a cue verb follows it (after an optional apposition or adverb), when it closes
    an apposition of a relation that opens its clause ('Her friend and fellow driver, Zhou Min, is ...': round 11,
    :func:`_relation_before`), or when the word before it (skipping titles, role words, determiners, possessives and commas) is not a
    preposition, conjunction or relative word and not a verb in -ed that is no cue verb.
    """
    m = _RUN_RE.match(text, s)
    e = m.end() if m else s
    if text[e - 2:e] in ("’s", "'s") or text[e:e + 2] in ("’s", "'s"):
        return False
    e = _past_age(text, e)
    if _CUE_NEAR.match(text[e:e + 160]):
        pp = _PP_OBJECT_BEFORE.search(text, max(0, s - 30), s)
        if pp is not None and (o := _TITLE_WORD_BEFORE.search(text, max(0, pp.start() - 30), pp.start())) is not None and (
                _role_word(o.group(1).lower())):
            # round 38: 'President of the Bar Association John Persad said': an office in Title Case with its of-phrase,
            # whose holder's name ends the run, the subject; the run's start is the body's, which the office governs
            return True
        return pp is None
    window = text[max(0, s - 80):s]
    if _APPOS_OPEN.search(window) is not None and _CUE_AFTER_COMMA.match(text, e, e + 160) is not None:
        # round 25: 'The Assembly Member for the Nkwantakrom Electoral Area, Mr Samuel Ekow Gyimah, said': a name
        # between the commas of an apposition right before the verb names the subject (Quirk et al. 1985, 17.65);
        # the phrase before it may end in a prepositional phrase whose object is another name
        return True
    if window.endswith(", ") and (rel := _relation_before(window)) is not None and (
            not window[:rel.start()].strip() or window[:rel.start()].rstrip()[-1:] in ".!?:;\"”"):
        return True  # 'Her friend and fellow driver, Zhou Min, is less relaxed': an apposition opening the clause
    words = _PERSON_WORD.findall(window)
    cut = max((i for i, w in enumerate(words) if w.endswith((".", "!", "?", ":", ";", "”", '"')) and
               w.rstrip(".").lower() not in _COURTESY and not _is_initial(w)), default=-1)
    words = words[cut + 1:]
    comma = False  # 'When contacted, Akbar Khan endorsed': a verb before a comma has no object after it
    while words:
        comma = comma or words[-1].endswith(",")
        w = words[-1].rstrip(",")
        lw = w.lower()
        if (not w or lw in _SKIP_BEFORE_NAME or not _ROLE_WORDS.isdisjoint(lw.split("-")) or lw.rstrip(".") in _COURTESY
                or w[-2:] in ("’s", "'s") or w[:1].isupper()):
            words.pop()
            continue
        if lw in ("of", "to", "for", "at") and comma and _office_before_phrase(words) and _opens_clause(words):
            # stop 65: 'The representative of the United States of America, Mr. Austin, dealt in his speech with ...':
            # the of-phrase after an office postmodifies it (Quirk et al. 1985, 17.37), so the office and its phrase
            # are one noun phrase, the head of the apposition whose last unit is the name; the name is the subject
            # as after 'The delegate, Mr. Austin,'
            words.pop()
            continue
        break
    if not words:
        return True
    w = words[-1].rstrip(",").lower()
    if (w in ("and", "but") and len(words) > 1 and words[-2].endswith(",")
            and _FINITE_AFTER.match(text, e) is not None):
        # round 22: '..., and Pels realized that ...': after a comma and a coordinator a new clause begins (Quirk et
        # al. 1985, 13.6 and 13.20: the comma marks the coordination of clauses, not of two noun phrases), and a name
        # with a finite verb after it is that clause's subject
        return True
    if w == "by" and len(words) > 1 and words[-2].lower().rstrip(",") in _SAYING_NOUNS_BY:
        # stop 65: 'explained in a statement by Mr. Chen-Yi, Minister of Foreign Affairs, on 20 September. He said: ...':
        # the by-phrase of a noun of saying names its agent (Quirk et al. 1985, 17.51 on the agent of a nominalised
        # verb), the sayer of what the statement says, in focus as the subject of 'stated' would be; a later 'he'
        # continues him, as after 'according to' below
        return True
    if w == "to" and len(words) > 1 and words[-2].lower() == "according":
        # round 30: 'According to Dr Sana Farooqui, an agricultural economist ..., the crisis was "entirely predictable".':
        # the source of the viewpoint adjunct 'according to' is the sayer of its sentence (Quirk et al. 1985, 8.131),
        # a speaker in focus as the subject of 'said' is, so a later 'she said' continues her
        return True
    if w in _OBJECT_WORDS:
        return _after_fronted_adverbial(text, window, e)
    if w in _LISTENER_VERBS and not comma:
        return False  # 'Meseret told Addis Standard.': the listener (round 20)
    return comma or not (w.endswith("ed") and w not in CUE_VERBS)


# round 20: verbs whose object after them is the person spoken to (Quirk et al. 1985, 16.55 on the indirect object of
# 'tell'; Levin 1993, 37.2 'tell' verbs): 'Meseret told Addis Standard' names the listener, and such verbs are never
# inverted with their subject ('“...,” told X' is not English), so a name right after one is no subject ('said',
# 'asked', 'warned' are: '“Why?” asked Ann Roe')
_LISTENER_VERBS = frozenset("told tells tell telling informed informs assured assures reminded reminds urged urges "
                            "briefed thanked".split())
# round 20: the words that open a fronted adverbial: prepositions, subordinators and the participles of news's
# framing clauses ('Speaking to reporters ...', 'Asked about ...')
_FRONTED_OPENERS = frozenset("in at on after before during despite following outside inside from with without since "
                             "when while as although though because once if asked".split())
_FRONTED_PARTICIPLE_OPENER = _rx(r"[A-Z][a-z]{2,}ing\s+[a-z]")
_CLAUSE_OPEN = _rx(r"(?:^|[.!?:;\"”]\s+|\n\s*)(?=[A-Z])(?P<clause>[^.!?:;\"“”\n]*)$")
_FINITE_AFTER = _rx(r"\s+(?:[a-z]+ly\s+)?(?!(?:and|or|nor|of|to|in|on|at|for|with|by|from|who|which)\b)[a-z]{2,}\b")


def _after_fronted_adverbial(text: str, window: str, e: int) -> bool:
    """'Speaking to reporters outside her training pool in Mississauga, Lavigne-Marsh fought back tears': is the
    name (ending at ``e``) the subject after a fronted adverbial that opens its sentence and ends in the one comma
    right before it (``window`` is the text before the name), with a word in lower case after the name?

    Reasoning (round 20, from the misses of batches 6-8): a preposition before a name makes it that preposition's
    object ('with Gen. Clay'), but where a prepositional phrase, a subordinate clause or a participle clause is
    fronted (Quirk et al. 1985, 8.20 and 15.20 on initial adverbials), the comma closes it and the noun phrase
    after it is the subject of the main clause, whose verb follows. Only where the sentence's start is in the
    window and the adverbial holds no other comma (an apposition after a prepositional object, 'joined by the
    vice-chairman, Mrs. Lee Patterson,', opens with no such word and goes on with a comma)."""
    if not window.endswith(", ") or (m := _CLAUSE_OPEN.search(window)) is None:
        return False
    clause = m.group("clause")
    if clause.count(",") != 1:
        return False
    first = clause.split(None, 1)[0]
    return ((first.lower() in _FRONTED_OPENERS or _FRONTED_PARTICIPLE_OPENER.match(clause) is not None)
            and _FINITE_AFTER.match(text, e) is not None)


# round 31: a person's age set off by commas right after the name, and one more apposition or non-restrictive relative
# clause after it ('Ethelyn Pinder, 67, who has sold handmade bags there for four decades, said', 'Bernadette Kiely, 67,
# of Ballydaheen, Mallow, told'); the clause after the relative may hold no comma of its own
_AGE_APPOSITION = _rx(r",\s+(?:aged\s+)?\d{1,3},(?:\s+(?:who|whose|a|an|the|of|from)\s[^,;:.!?“”\"\n]{1,110}"
                             r"(?:,\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)?,)?")


def _past_age(text: str, e: int) -> int:
    """Where the clause goes on after a name that ends at ``e`` and carries an age in apposition (the name's own end
    where it carries none).

    Reasoning (round 31, from the pronouns resolved to an earlier speaker in the read blind sets: 'At the straw market
    on Bay Street, vendor Ethelyn Pinder, 67, who has sold handmade bags there for four decades, said business had
    picked up ... “...,” she said' had given the man quoted a paragraph before): news style sets a person's age off by
    commas right after the name (The Associated Press Stylebook, 'ages'), a non-restrictive apposition of the name
    (Quirk et al. 1985, 17.65), often followed by a second one, a non-restrictive relative clause or a place ('of
    Ballydaheen, Mallow'); the name's clause, and so its verb, goes on after them."""
    m = _AGE_APPOSITION.match(text, e)
    return m.end() if m else e


_GIVEN_NAMES = _MALE_NAMES | _FEMALE_NAMES | _NEUTRAL_NAMES


# round 23: agent nouns name people by what they do (Quirk et al. 1985, I.34-I.36: -er, -or, -ist, -ant, -ent, -ian),
# so an unnamed 'noodle vendor', 'dealer', 'trader' or 'economist' introduced as a subject is a person a later he/she
# continues, as the listed nouns are (_speakers._described_person), and a subject headed by one can speak
# (_attribution._main_clause_source); not the words of the same endings that name things or relations
_NOT_AGENT = frozenset("other others another former latter either neither whether rather together further proper "
                       "eager clever bitter sooner later earlier corner number water paper letter order border "
                       "quarter center matter manner answer chapter register computer monitor sensor motor factor "
                       "sector doctorate error mirror tractor reactor elevator indicator calculator generator "
                       "radiator incubator accelerator event percent parent content extent intent moment element "
                       "talent current present patent statement government".split())


def _agent_noun(noun: str) -> bool:
    """Is ``noun`` (singular or plural, lower case) an agent noun by its ending, and none of the listed exceptions?"""
    n = noun[:-1] if noun.endswith("s") else noun
    return (noun not in _NOT_AGENT and n not in _NOT_AGENT and not n.endswith("ment")
            and n.endswith(("er", "or", "ist", "ant", "ent", "ian")))
