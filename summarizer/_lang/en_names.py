"""English names: the gazetteers and word lists the actor rules read, as plain data.

They lived in ``_extract/actors.py`` and ``_extract/actor_cues.py``; here they are one
language's data, so the rules there are built per language pack (``NameWords``).
"""

from __future__ import annotations

from summarizer._lang import NameWords
from summarizer._lang.en_given import DIMINUTIVES, FEMALE, MALE


def _words(text: str, sep: str | None = None) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split(sep) if w.strip())


# Gazetteers: ";" between entries, "|" between a canonical name and its other forms.
COUNTRIES = """Afghanistan;Albania;Algeria;Andorra;Angola;Argentina;Armenia;Australia;Austria;
Azerbaijan;Bahamas;Bahrain;Bangladesh;Barbados;Belarus;Belgium;Belize;Benin;Bhutan;Bolivia;Bosnia
and Herzegovina|Bosnia;Botswana;Brazil;Brunei;Bulgaria;Burkina Faso;Burundi;Cambodia;Cameroon;
Canada;Cape Verde;Central African Republic;Chad;Chile;China;Colombia;Comoros;Congo;Costa Rica;
Croatia;Cuba;Cyprus;Czech Republic|Czechia;Denmark;Djibouti;Dominican Republic;Ecuador;Egypt;
El Salvador;Equatorial Guinea;Eritrea;Estonia;Eswatini;Ethiopia;Fiji;Finland;France;Gabon;Gambia;
Georgia;Germany;Ghana;Greece;Guatemala;Guinea;Guinea-Bissau;Guyana;Haiti;Honduras;Hungary;
Iceland;India;Indonesia;Iran;Iraq;Ireland;Israel;Italy;Ivory Coast;Jamaica;Japan;Jordan;
Kazakhstan;Kenya;Kosovo;Kuwait;Kyrgyzstan;Laos;Latvia;Lebanon;Lesotho;Liberia;Libya;
Liechtenstein;Lithuania;Luxembourg;Madagascar;Malawi;Malaysia;Maldives;Mali;Malta;Mauritania;
Mauritius;Mexico;Moldova;Monaco;Mongolia;Montenegro;Morocco;Mozambique;Myanmar|Burma;Namibia;
Nepal;Netherlands|Holland;New Zealand;Nicaragua;Niger;Nigeria;North Korea;North Macedonia;Norway;
Oman;Pakistan;Palestine;Panama;Papua New Guinea;Paraguay;Peru;Philippines;Poland;Portugal;Qatar;
Romania;Russia|Russian Federation;Rwanda;Samoa;San Marino;Saudi Arabia;Senegal;Serbia;
Sierra Leone;Singapore;Slovakia;Slovenia;Somalia;South Africa;South Korea;South Sudan;Spain;
Sri Lanka;Sudan;Suriname;Sweden;Switzerland;Syria;Taiwan;Tajikistan;Tanzania;Thailand;Togo;
Tonga;Trinidad and Tobago;Tunisia;Turkey|Türkiye;Turkmenistan;Uganda;Ukraine;United Arab
Emirates|UAE|U.A.E.;United Kingdom|U.K.|UK|Britain|Great Britain;United States|U.S.|US|USA|U.S.A.;
Uruguay;Uzbekistan;Vatican;Venezuela;Vietnam;Yemen;Zambia;Zimbabwe;England;Scotland;Wales;
Northern Ireland"""
# Organisations (o:) and groups (g:) whose names carry no head word such as "Council".
BODIES = """o:United Nations|U.N.|UN;o:European Union|EU|E.U.;o:White House;o:Pentagon;o:Kremlin;
o:Downing Street;o:Congress;o:Senate;o:House of Representatives;o:House of Commons;o:House of
Lords;o:Parliament;o:NATO;o:World Bank;o:Red Cross;o:Amnesty International;o:Human Rights Watch;
o:Greenpeace;o:Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|MSF;
o:SpaceX;o:Blue Origin;o:Boeing;o:Airbus;o:Lockheed Martin;o:Northrop Grumman;o:Roscosmos;
o:Google;o:Microsoft;o:Facebook;o:Twitter;o:Reuters;o:Associated Press;o:Bloomberg;o:Al Jazeera;
o:Apple;o:Amazon;o:Tesla;o:Goldman Sachs;o:Whole Foods;o:Nvidia;o:OpenAI;o:Netflix;o:Walmart;
o:JPMorgan Chase|JPMorgan;o:Morgan Stanley;o:Alphabet;o:Xinhua;o:Agence France-Presse|AFP;o:TASS;
o:Interfax;o:Kyodo;o:Yonhap;o:Legislature;
o:Diet;o:Knesset;o:Bundestag;o:State Duma|Duma;o:Sejm;o:Riksdag;o:Storting;o:Folketing;
o:Lok Sabha;o:Rajya Sabha;o:Oireachtas;o:Dáil|Dail;o:Majlis;o:Verkhovna Rada;
g:Republicans;g:Democrats;g:Taliban;g:Hamas;g:Hezbollah;g:al-Qaeda|al Qaeda|Al-Qaeda;
g:Islamic State|ISIS|ISIL"""
# Capitals and big cities: a place, never a person; as a speech verb's subject ("Berlin
# confirmed") the government seated there, typed "other".
PLACES = _words(
    """Washington;Moscow;Beijing;London;Paris;Berlin;Tokyo;Delhi;New Delhi;Kyiv;Kiev;
    Tehran;Damascus;Baghdad;Kabul;Ankara;Cairo;Riyadh;Jerusalem;Tel Aviv;Brussels;Rome;Madrid;
    Lisbon;Vienna;Warsaw;Prague;Budapest;Bucharest;Athens;Stockholm;Oslo;Copenhagen;Helsinki;
    Dublin;Ottawa;Canberra;Wellington;Seoul;Pyongyang;Taipei;Hanoi;Bangkok;Manila;Jakarta;
    Islamabad;Dhaka;Nairobi;Lagos;Abuja;Pretoria;Addis Ababa;Khartoum;Tripoli;Tunis;Algiers;
    Rabat;Doha;Dubai;Abu Dhabi;Beirut;Amman;Caracas;Havana;Bogota;Lima;Santiago;Buenos Aires;
    Brasilia;Mexico City;Geneva;Minsk;Tbilisi;Yerevan;Baku;Astana;Tashkent;Brussels;Zurich;
    Munich;Frankfurt;Hamburg;Milan;Naples;Barcelona;Marseille;Lyon;Amsterdam;Rotterdam;
    Manchester;Liverpool;Birmingham;Glasgow;Edinburgh;Belfast;Cardiff;Toronto;Montreal;
    Vancouver;Sydney;Melbourne;Auckland;Shanghai;Hong Kong;Shenzhen;Guangzhou;Mumbai;Bangalore;
    Kolkata;Chennai;Karachi;Lahore;Istanbul;Kharkiv;Odesa;Lviv;Gaza;Chicago;Boston;Houston;
    Dallas;Atlanta;Miami;Seattle;Denver;Phoenix;Detroit;Philadelphia;New York;Los Angeles;
    San Francisco;Las Vegas;New Orleans;Johannesburg;Cape Town;Casablanca;Lhasa;Sao Paulo;
    Rio de Janeiro;America;Europe;Africa;Asia;Antarctica;Oceania;Middle East""",
    ";",
)
DEMONYMS = _words(
    """American;British;Russian;Syrian;Chinese;French;German;Italian;Spanish;Japanese;Korean;
    Iranian;Iraqi;Israeli;Palestinian;Turkish;Saudi;Egyptian;Indian;Pakistani;Afghan;Ukrainian;
    Polish;Thai;Canadian;Mexican;Brazilian;Australian;South African;African;Nigerian;Kenyan;
    Liberian;Qatari;Emirati;Lebanese;Jordanian;Libyan;Yemeni;Cuban;Venezuelan;Colombian;Argentine;
    Dutch;Belgian;Swiss;Swedish;Norwegian;Danish;Finnish;Greek;Irish;Scottish;Welsh;English;
    Portuguese;Austrian;Hungarian;Czech;Romanian;Serbian;Croatian;Belarusian;Georgian;Armenian;
    Kazakh;Indonesian;Arab;Malaysian;Vietnamese;Filipino;Ethiopian;Somali;Sudanese;Ghanaian;
    European;Asian;Western;Soviet""",
    ";",
)
# Common first names: "Donald Trump" is a person without a title or a speech verb.
GIVEN = _words("""Aaron Abdul Abdullah Adam Ahmed Alan Alex Alexander Ali Alice Amanda Amelia Amy
    Andrea Andrew Andy Angela Ann Anna Anne Anthony Barack Barbara Ben Benjamin Bernie Bill Bob
    Boris Brian Brooke Bruce Carl Carlos Carol Catherine Charles Chris Christina Christine
    Christopher Claire Craig Dan Daniel David Deborah Dennis Donald Douglas Dmitry Edward Elena
    Elizabeth Ellen Ellie Emily Emma Emmanuel Eric Frances Francis Frank Gary George Gordon Greg
    Hannah Harry Helen Henry Hillary Ian Igor Ivan Jack James Jane Janet Jared Jason Jean Jeff
    Jennifer Jeremy Jessica Jim Joan Joe Joel John Jonathan Jose Joseph Juan Julia Julie Justin
    Karen Kate Kevin Kim Laura Lauren Linda Lisa Lori Louis Lucy Luis Margaret Maria Marie Mark
    Martin Mary Matthew Michael Michelle Mike Mohammed Muhammad Nancy Neil Nicholas Nick Nicola Oleg
    Oliver Olivia Patricia Patrick Paul Peter Philip Rachel Richard Rob Robert Roger Ronald Rosemary
    Ruth Ryan Sam Samuel Sandra Sarah Scott Sean Sergei Sergey Simon Sophie Stephanie Stephen Steve
    Steven Susan Thomas Tim Tom Tony Victor Victoria Vladimir William Yuri
    Abdel Abu Ahmad Akira Alejandro Alessandro Alexei Alexandra Alicia Amina Amir Ana Andre
    Andrés Andrei Angelo Anil Antonio Arthur Ashley Barbara Beatriz Bernard Betty Bilal Brandon
    Brenda Bruno Carla Carmen Caroline Charlotte Cheryl Christian Cynthia Daisy Darren Dean
    Debbie Denis Diana Diego Dominic Doris Dorothy Dylan Eduardo Elijah Elon Emilio Enrique Erik
    Ethan Eva Evan Fatima Felipe Fernando Fiona Francesco Francisco Franz Fred Gabriel Gavin Geoff
    Gerald Giorgio Giovanni Giuseppe Gloria Grace Graham Gustavo Hans Harold Hassan Heather Heinz
    Hiroshi Howard Hugo Hussein Ibrahim Irene Isaac Isabel Ismail Jacob Jacqueline Jaime Jamal
    Javier Jean-Claude Jennie Jerome Jesse Jorge Josef Joshua Joyce Judith Judy Jürgen Karim Karl
    Katherine Kathleen Keith Kelly Kenneth Khalid Klaus Kyle Larry Leonardo Leslie Liam Liz Lucas
    Luca Luke Lynn Mahmoud Malcolm Manuel Marco Marcus Mario Marta Martha Matt Maurice Max
    Megan Melissa Miguel Mikhail Mohamed Mohammad Monica Nadia Naomi Narendra Natalia Natalie
    Nathan Nicolas Nikolai Noah Norman Omar Oscar Pablo Pamela Paolo Pedro Pierre Pradeep Rafael
    Rahul Raj Ralph Ramon Randy Raul Ravi Rebecca Ricardo Rick Rita Roberto Rodrigo Roy Russell
    Salma Salman Samir Sanjay Sara Sebastian Sergio Shane Sharon Shirley Sofia Stefan Stuart
    Sunil Tariq Teresa Terry Theresa Todd Tommy Travis Tyler Valentina Valerie Vanessa Vijay Vincent
    Walter Wayne Wendy Xavier Yasmin Yusuf Zach Zachary Zoe
    Abigail Adrian Albert Alfred Alison Allison Amber Anita Annie Anton Archie Arnold Audrey
    Barry Beatrice Becky Benedict Bernadette Beth Bethany Beverly Billy Blake Bobby Bonnie Brad
    Bradley Brendan Brett Bridget Bryan Byron Caitlin Calvin Candace Carrie Casey Cathy Cecilia
    Charlie Chloe Chuck Clara Clarence Claude Clifford Clint Colin Connie Connor Conor Corey
    Courtney Curtis Dale Damian Damien Dana Danielle Danny Darius Darryl Dave Declan Derek Desmond
    Diane Dolores Don Donna Doug Duncan Dwight Eddie Edgar Edith Edwin Eileen Elaine Eleanor Eli
    Elias Eliza Ellis Eloise Elsie Emilia Emmett Erica Erin Ernest Esther Eugene Evelyn Felix
    Floyd Freddie Frederick Gail Garrett Gemma Geoffrey Gerard Gilbert Gina Glen Glenn Greta
    Gregory Gwen Hailey Harrison Harvey Hazel Heidi Herbert Holly Hugh Ingrid Isabella Isla Ivy
    Jackie Jake Jamie Janice Jasmine Jay Jeanne Jeffrey Jenna Jenny Jerry Jill Jimmy Joanna
    Joanne Jodie Johnny Jon Josh Josephine Julian Juliet Kara Kathryn Katie Kay Keira Kelsey Ken
    Kenny Kerry Kieran Kirk Kirsty Kristen Kristin Lance Lara Leah Lena Lenny Leo Leon Leonard
    Lewis Lily Lindsay Lindsey Lloyd Logan Lois Lorraine Louise Lydia Maggie Mandy Marcia Marian
    Marilyn Marion Marjorie Marlon Marsha Marvin Matilda Maureen Maxine Melanie Melvin Mia Miles
    Mitchell Molly Morris Muriel Murray Nadine Nathaniel Neville Nigel Nina Noel Nora Norma Owen
    Pam Pat Paula Pauline Peggy Penny Percy Perry Phil Philippa Phoebe Phyllis Polly Quentin
    Rachael Randall Raymond Reggie Regina Rhys Ricky Riley Robbie Robin Rodney Roland Ron Ronnie
    Rory Rosa Rosie Ross Rupert Sabrina Sally Samantha Sandy Seth Sheila Shelby Sid Sidney Sonia
    Stacy Stella Suzanne Sylvia Tamara Tammy Tanya Ted Teddy Terence Tess Thelma Theo Theodore
    Tiffany Timothy Tina Toby Tracy Trevor Troy Ursula Vera Vernon Vicky Vivian Wade Wallace
    Warren Wesley Whitney Wilfred Willie Winston Yvonne Zara
    Adriana Agustín Alberto Alfonso Alonso Alvaro Álvaro Arturo Benito Camila Catalina Cesar César
    Claudia Cristina Cristiano Daniela Dario Elisa Emiliano Ernesto Esteban Eugenio Fabio
    Federico Fidel Flavio Gabriela Gonzalo Guillermo Héctor Hector Horacio Ignacio Inés Joaquín
    Joaquin Julio Lorenzo Lucia Lucía Luciana Luiz Manuela Marcelo Marcos Mariana Mateo Mauricio
    Nicolás Octavio Pilar Ramiro Renata Rubén Ruben Sebastián Silvio Tomás Valeria Vicente Ximena
    Begoña Jordi Iñigo João Joao Thiago Tiago Vinicius Gilberto Matteo Giorgia Giulia Giulio Luigi
    Massimo Maurizio Mauro Pietro Roberta Silvia Simone Stefano Vittorio Emanuele Enrico Fabrizio
    Gianluca Gianni Alain Amélie Antoine Bertrand Brigitte Camille Céline Celine Christophe
    Clément Didier Dominique Édouard Émile Étienne Fabien François Francois Frédéric Gérard
    Guillaume Hélène Jacques Jérôme Julien Laurent Léa Lucien Marcel Mathieu Mathilde Michel
    Nathalie Olivier Pascal Philippe Rémi Sébastien Ségolène Sylvie Thierry Valérie Yves
    Andreas Anke Annalena Armin Bernd Birgit Christoph Dieter Dirk Friedrich Gerhard Günter Heike
    Helmut Horst Jens Jörg Joachim Katrin Lars Lukas Manfred Markus Matthias Olaf Ralf Reinhard
    Rolf Sabine Sigmar Stephan Sven Thorsten Ulrich Ute Uwe Werner Wolfgang Bram Femke Geert
    Hendrik Henk Joost Kees Maarten Pieter Ruud Sander Wim Anders Astrid Björn Bjorn Frida Gustav
    Henrik Jonas Magnus Mette Nils Sigrid Mikko Sanna Petteri
    Aleksandr Aleksandar Alexey Anatoly Andriy Bogdan Dariusz Denys Dmytro Galina Grzegorz Irina
    Jarosław Katarzyna Kateryna Krzysztof Leonid Lyudmila Maksim Marek Mateusz Miroslav Natasha
    Nikita Oksana Olena Olga Oleksandr Oleksiy Pavel Petr Petro Piotr Ruslan Serhiy Svetlana
    Tadeusz Tatiana Tomasz Vadim Valentin Valery Vasily Viktor Vitali Vitaliy Volodymyr
    Vyacheslav Yevgeny Yulia Zbigniew Zoran Dragan Goran Vesna Nikola Mihai Viktoria
    Abbas Adel Ahmet Aisha Ayesha Amal Amr Anwar Ashraf Ayman Aziz Bashar Emine Emre Fahad Faisal
    Farah Farid Fatma Hakan Hamad Hamid Hamza Hani Hasan Hossein Hussain Imran Issa Jafar Jalal
    Kamal Kareem Kemal Kerem Layla Leila Mahmud Majid Mansour Marwan Masoud Mehmet Mehdi Mohsen
    Mostafa Mustafa Nabil Nader Nasser Nour Osama Rami Rashid Reza Saad Saeed Saleh Salim Sami
    Samira Tamim Tarek Walid Yasser Yousef Youssef Zainab Zaid Zeynep Ziad
    Aamir Abhishek Aditya Ajay Akash Amit Amitabh Anand Anjali Arjun Arun Arvind Ashok Deepak
    Deepika Devendra Dinesh Gautam Harish Hardeep Jaswant Karan Kavita Lakshmi Mahesh Manish
    Manoj Meena Mukesh Naveen Neha Nirmala Nitin Nitish Pooja Prakash Priya Priyanka Rajesh Rajiv
    Rakesh Ramesh Ravindra Rohit Sachin Sanjeev Shashi Shreya Smriti Subhash Sudhir Suresh
    Sushma Vikram Vinod Virat Shehbaz Nawaz Asif Bushra Maryam Bilawal Benazir Mamata
    Abena Adebayo Adewale Akua Amadou Babajide Bola Chidi Chinedu Chioma Cyril Emeka Femi Folake
    Ifeoma Jomo Kofi Kwabena Kwame Kwesi Mamadou Moussa Ngozi Nkosazana Nnamdi Obinna Olusegun
    Sipho Thabo Tendai Uhuru Yemi Aliou Cheikh Fatou Ibrahima Ousmane Seydou Sadio
    Akio Daisuke Fumio Haruki Hideki Hiroko Hiroyuki Ichiro Junichiro Kazuo Kenji Koji Makoto
    Masahiro Masayoshi Naoki Satoshi Shigeru Shinji Shinzo Shohei Takashi Takeshi Taro Yoshihide
    Yuki Yuko Yusuke Joko Budi Bambang Susilo Anies Retno Ferdinand Imelda
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Guo Lin Gao Luo Zheng Liang Xie Feng Cao
    Peng Zeng Xiao Tian Dong Cai Jiang Cheng Wei Ding Ren Shen Yao Qin Bai Xi Wen Hu Deng Mao
    Kim Choi Jung Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Yoo Baek
    Nguyen Tran Pham Hoang Phan Bui Ngo Duong""")  # the last three lines: family names, first
# Capitalised words that end or fill the names of things, never of people (street suffixes
# abbreviated too: "the 1800 block of Victoria Ave.").
THINGS = _words("""Space Telescope Center Centre Station Building Airport Street Road Avenue Square
    Park Bridge River Lake Mountain Island Islands Hospital School Stadium Hall Award Prize Cup Act
    Day Program Programme System Project Mission Camera Field Point Range Pad Complex Bay Age Ocean
    Hemisphere Sea Gulf Coast Valley County City State Province Region District Tower Palace Church
    Museum Library Festival Games Olympics Championship Tournament Series World Earth Moon Sun Mars
    Report Law Plan Deal Treaty Summit Conference Forum Week Headquarters Directorate Election
    Campaign Crew Rocket Lander Spacecraft Test Quiz Check Tool Web Deep First Prefecture
    Territory Borough Oblast Governorate Hurricane Typhoon Cyclone Storm Tropical
    Ave Blvd Rd Hwy Pkwy Courthouse""")
HEADS = _words("""Council Guard Organization Organisation Ministry Department Agency Committee
    Subcommittee Party University College Commission Court Bank Office Association Institute
    Foundation Union Federation Authority Administration Corporation Company Inc. Corp. Co. Ltd
    Ltd. LLC Group Holdings Times Industries Technologies Machines Motors Airlines Airways Network
    Channel
    Assembly Parliament Congress Police Army Navy Force Forces Service Society League Alliance
    Coalition Board Bureau Fund Government News Journal Division Energy Branch Pharmaceuticals
    Pharma Therapeutics Biosciences Laboratories Brands Capital Partners Ventures Systems Solutions
    Entertainment Studios Publishing Mining Petroleum Utilities Communications
    Telecom Bancorp Financial Insurance Investments Healthcare Logistics Railways
    Tribunal Broadcasting Herald Tribune Gazette Chronicle Post Confederation Unions Guild Sentinel
    Consortium Cooperative Caucus Secretariat Academy Reserve Senate Platforms Foods Networks
    Labs Resorts Stores Services Electronics Robotics Aerospace Hotels Chemicals Steel Theater
    International
    Theatre FC AFC Institutes Schools Command""") | {
    "Public Health",
    "School District",
    "Stock Exchange",
}
# "Clark County Public Health", "Toronto Public Health", "Shelby County Schools", "Achievement
# School District" ("District" alone is a place's): a body's name ends so
# Last words of a company's name, after which its first word alone names it too.
COMPANY_TAILS = _words("""Group Holdings Pharmaceuticals Pharma Therapeutics Biosciences Brands
    Technologies Industries Systems Capital Partners Motors Airlines Airways Entertainment
    Communications Financial Bancorp Corporation Company Laboratories Solutions Ventures
    Platforms Foods Networks Labs Resorts Stores Services Electronics Robotics Aerospace Hotels
    Chemicals Steel""")
TITLES = _words(
    """Secretary of State;Secretary-General;Attorney General;Prime Minister;Vice President;
    President;Premier;Chancellor;Minister;Secretary;Senator;Sen.;Rep.;Congressman;Congresswoman;
    Governor;Gov.;Mayor;Ambassador;Envoy;Administrator;Commissioner;Director;Chairman;Chairwoman;
    Chief;CEO;Judge;Justice;Gen.;Col.;Lt.;Capt.;Captain;Commander;Admiral;Dr.;Dr;Doctor;Professor;
    Prof.;Sir;Dame;Lord;Lady;Mr.;Mr;Mrs.;Mrs;Ms.;Ms;Rev.;Pope;King;Queen;Prince;Princess;Sheikh;
    Speaker;Coach;Spokesman;Spokeswoman;Hon.;Officer;Councillor;Councilor;Cllr;Ch Insp;Insp;
    Det Insp;Det Sgt;Det Con;Supt;Ch Supt;Sgt;PC;DC;Clerk;City Clerk;Honorable;Inspector General;
    Supervisor;Sheriff;Councilmember;Councilman;Councilwoman;Alderman;Trustee;Council Member;
    Council Members;City Council Member;Board Member;
    Superintendent;Detective;Sergeant;Lieutenant;Trooper;Deputy;Assemblymember;Delegate;
    Supervisors;QB;RB;WR;TE;LB;DB;CB;OL;DL;DE;DT;OLB;ILB;PG;SG;SF;PF;RHP;LHP;GK;Chief Executive;
    City Manager;General Manager;Executive Director;Managing Director;Representative;
    Assemblyman;Assemblywoman;Representatives;Senators;Reps.;Sens.;Councilmembers;Delegates;
    Assemblymembers;Commissioners;Councillors;Councilors;Trustees;
    Chef;Head Chef;Executive Chef;Head Coach;Assistant Coach;Recorder;Magistrate;Coroner;
    Maj.;Brig.;Cpl.;Pvt.;Spc.;Adm.;Cmdr.;Sgt.;Det.;Insp.;Ofc.;Staff Sgt.;Master Sgt.;Const.;Cst.;
    Ald.;Det Supt;Det Ch Insp;Det Ch Supt;Chief Constable;Chief Inspector;Chief Superintendent""",
    ";",
)
# Members of parliaments and assemblies, officers, police ranks written as capitals ("Labour
# MP Jess Phillips", "DCI Jane Hart"): titles before a full name only (``acronym_titles``).
ACRONYM_TITLES = _words("MP MEP MSP MLA MPP MHA MPs MEPs MSPs MLAs CFO COO CTO DA DCI DCS DSU PCSO")
TITLES |= ACRONYM_TITLES
# A "-man" title's plural before the names it heads: "Councilmen Jonathan Bingle and ...".
TITLES |= {t[:-3] + "men" for t in TITLES if t.endswith("man") and " " not in t}
# "Council" and "Board" open a title ("Council Member Beckie Paquin") but end bodies' names
# ("Keller City Council"), so they are no title words.
TITLE_WORDS = _words(" ".join(TITLES).replace(".", "")) - {"of", "Council", "Board"} | {
    "Officer",
    "Adviser",
}
# Lowercase roles right before a name ("astronaut Kimiya Yui") or in an apposition after it.
ROLES = _words("""minister secretary president spokesman spokeswoman spokesperson astronaut
    supervisor sheriff councilmember councilman councilwoman councillor councilor alderman trustee
    superintendent
    detective sergeant lieutenant trooper deputy provost treasurer auditor lawmaker legislator
    investigator agent firefighter paramedic official
    astronauts cosmonaut cosmonauts envoy challenger candidate captain coach senator governor mayor
    chief director administrator reporter correspondent analyst economist professor lawyer attorney
    surgeon doctor officer commander leader founder co-founder executive player striker bowler
    batter batsman scientist researcher engineer author writer activist manager chairman chairwoman
    chair pilot ambassador adviser advisor diplomat prosecutor judge head premier ceo national
    member citizen resident student teacher nurse farmer victim witness suspect defendant
    singer actor actress artist musician photographer forward guard midfielder defender
    goalkeeper keeper winger quarterback pitcher catcher outfielder infielder center centre
    architect designer chef entrepreneur businessman businesswoman banker investor historian
    negotiator boss
    physicist chemist biologist epidemiologist virologist psychologist psychiatrist physician
    pharmacist dentist veterinarian inspector commissioner constable campaigner volunteer
    organiser organizer producer filmmaker director comedian novelist poet playwright composer
    dancer athlete sprinter swimmer cyclist boxer golfer jockey referee umpire curator
    principal headteacher headmaster lecturer pastor priest bishop rabbi imam vicar midwife
    therapist consultant accountant strategist pollster lobbyist commentator columnist editor
    journalist broadcaster presenter advocate counsel barrister solicitor
    meteorologist forecaster
    hooker prop flanker fullback halfback fly-half scrum-half five-eighth lineman linebacker
    receiver shortstop goalie defenceman defenseman rookie newcomer teammate""")
NOT_ACRONYM = _words("""UTC GMT EST EDT CST CDT MST MDT PST PDT BST CET AM PM TV OK ID DNA RNA HIV
    HE HH HRH
    AIDS GDP CEO CFO CTO USD EUR GBP COVID SARS PDF FAQ URL API AI IT PR HR VIP MP II III IV VI VII
    VIII IX XI XII XS SM MD LG XL FILE NEW LIVE WATCH READ MORE AND THE FOR NOW JOIN ET PT FM NOT NO
    YES ALL ONLY NEVER MUST WILL UPDATE EXCLUSIVE WARNING NOTE FREE BA MA BS MS MBA JD LLB LLM
    LLC LLP PLC INC CORP LTD MR MS MRS DR GEN ADM SEN REP COL LT CAPT PROF AMB SGT Q A SUV ATV
    ATM GPS ICU ER QC KC SC MBE OBE CBE KBE DBE MSP MLA MEP MS MPP FC AFC EBITDA EBIT EPS IPO
    CTE PTSD ADHD COPD MRI""")
COMPASS = _words("North South East West Northern Southern Eastern Western Central New Greater")
# --- words read by actor_cues: names found by where they stand ---------------------------
# Regex alternations below keep their order: joined with "|" they are the regex.
MODALS = tuple("must will would can could should may might did does also then later".split())
IRREGULAR = tuple(
    """met told gave lost left came saw knew thought became began brought bought built held
    kept paid put sent set spent stood struck wrote spoke sat fell rose broke chose drove
    flew grew sold shot threw beat sang cut overtook scored said says went ran took won led got
    hit made found felt caught chose drew ate fought heard paid sought swept taught tore
    understood wore""".split()
)
COPULAS = _words("is was has had were are have")
# Nouns English writes bare at a sentence's start ("Rain fell", "Time ran out"): a capital
# there is no sign of a name, and the shape rule above does not catch them.
BARE_NOUNS = _words(
    """Rain Snow Wind Water Fire Smoke Ice Heat Light Air Gas Oil Coal Gold Silver Steel Food
    Bread Meat Milk Coffee Tea Beer Wine Money Cash Credit Debt Time Life Death Love Hope Fear
    Work School College Business Trade Traffic Crime Violence Justice Help Support Damage
    Evidence Research Science Art Music Television Radio Football Soccer Cricket Rugby Tennis
    Golf Baseball Basketball Hockey Power Energy Demand Supply Output Revenue Profit Profits
    Spending Tourism Funding Insurance Security Safety Weather Parking Housing Rent Land Space
    Progress Change Access Aid Pressure Interest Attendance Turnout Support Opposition Talk
    Talks Nature History Religion Faith Culture Water Blood Sleep Breakfast Lunch Dinner Fuel
    Electricity Internet Mail Paper Wood Stone Sand Mud Dust Noise Silence Speed Weight Size
    Quality Value Cost Price Pay Tax Trust Power Order Peace War Unemployment Poverty Hunger
    Disease Cancer Smoking Alcohol Drugs Cocaine Heroin Gambling Voting Polling Recovery Growth
    Debate Criticism Praise Reaction Response Action Word News Mom Dad Mum Grandma Grandpa
    Christmas Easter Ramadan Thanksgiving Halloween Hanukkah Passover Diwali Lent Spring Summer
    Autumn Fall Winter Morning Evening Night Midnight Noon Dawn Dusk"""
)
# Capitalised anywhere, never an actor: illnesses, events, the deity, the network.
NEVER = _words("Covid Ebola Zika Mpox Brexit God Internet Bitcoin Christmas Easter Year")
TEAM_TAILS = _words("City State United Utd Town Rovers Athletic Albion Wanderers Hotspur")
PLURAL_ROLES = tuple(
    """officials officers police prosecutors investigators authorities residents experts
    analysts researchers scientists doctors lawyers activists witnesses critics supporters
    protesters voters lawmakers legislators regulators economists workers employees leaders
    villagers survivors forecasters militants gunmen rebels troops soldiers firefighters
    rescuers medics paramedics relatives shareholders investors organisers organizers
    volunteers diplomats negotiators demonstrators campaigners victims detectives agents
    attackers hostages passengers patients students teachers nurses migrants refugees fans
    farmers fishermen miners pilots crews government operators supervisors commissioners
    councillors councilmembers trustees aldermen selectmen""".split()
)
QUANTIFIERS = _words(
    "the a an some many most several few other two three four five all both these those "
    "their its our his her senior top hundred thousand million billion trillion"
)
# An unnamed person the story keeps coming back to: "the whistleblower", "the gunman".
PEOPLE_NOUNS = tuple(
    """whistleblower victim suspect gunman driver defendant woman man girl boy teenager pilot
    passenger patient soldier survivor witness attacker shooter bomber hostage plaintiff
    complainant caller owner landlord tenant informant journalist reporter nurse doctor
    farmer""".split()
)
# A transcript's speaker label: "SECRETARY CARTER:", "DR. SCHUCHAT:".
LABEL_ABBREVIATIONS = tuple("MR MS MRS DR GEN ADM SEN REP COL LT CAPT PROF AMB".split())
LABEL_TITLES = tuple(
    """SECRETARY GENERAL ADMIRAL COLONEL CAPTAIN PRESIDENT AMBASSADOR SENATOR GOVERNOR MAYOR
    MINISTER DIRECTOR CHAIRMAN COMMISSIONER SPOKESMAN SPOKESWOMAN COACH JUDGE SHERIFF""".split()
)
NOT_SPEAKERS = _words(
    "Q A Question Answer Moderator Staff Audience Operator Host Interviewer Note Update Editor "
    "Photo Source Related Credit Contact Tags Category Transcript Video Audio Caption Warning "
    "Correction Clarification Disclaimer Background Summary"
)
# A place or a programme that speaks is the institution running it.
INSTITUTIONS = tuple(
    "Center Centre Hospital School Museum Library Observatory Laboratory Lab Program".split()
)
# Verbs whose object is a person or a body: "told Xinhua", "met Modi".
OBJECT_VERBS = tuple(
    """told tells interviewed thanked met meets accused accuses urged urges sued sues
    charged arrested appointed elected criticised criticized praised congratulated
    telephoned phoned hosted hired fired replaced buy buys bought acquire acquires acquired
    sacked signed overtook overtakes outsold outbid defeated joined""".split()
)
# Lowercase words that are no qualifier of a role: "told officials", "and residents".
FUNCTION = _words(
    "and or but of to in on at for with by from as that than said says told after before "
    "while when where if whom who which among amongst amid between against about into over "
    "under without within across behind beyond toward towards upon"
)


ENGLISH_NAMES = NameWords(
    countries=COUNTRIES,
    bodies=BODIES,
    places=PLACES,
    demonyms=DEMONYMS,
    given=GIVEN,
    given_female=FEMALE,
    given_male=MALE,
    country_given=frozenset(("Chad", "Jordan")),
    title_surnames=frozenset(("King", "Bishop", "Judge", "Prince", "Major", "Lord", "Dean")),
    school_tails=frozenset(("High", "Academy", "Prep")),
    things=THINGS,
    heads=HEADS,
    company_tails=COMPANY_TAILS,
    titles=TITLES,
    courtesy=frozenset("mr mrs ms miss mx dr mme m".split()),
    courtesy_given=frozenset(("dr",)),
    diminutives=DIMINUTIVES,
    acronym_titles=ACRONYM_TITLES,
    title_words=TITLE_WORDS,
    roles=ROLES,
    not_acronym=NOT_ACRONYM,
    compass=COMPASS,
    modals=MODALS,
    irregular=IRREGULAR,
    copulas=COPULAS,
    bare_nouns=BARE_NOUNS,
    never=NEVER,
    team_tails=TEAM_TAILS,
    plural_roles=PLURAL_ROLES,
    quantifiers=QUANTIFIERS,
    people_nouns=PEOPLE_NOUNS,
    label_abbreviations=LABEL_ABBREVIATIONS,
    label_titles=LABEL_TITLES,
    not_speakers=NOT_SPEAKERS,
    institutions=INSTITUTIONS,
    object_verbs=OBJECT_VERBS,
    function_words=FUNCTION,
    plural_verbs=tuple(
        "plan want fear hope demand threaten warn claim argue believe expect vow urge".split()
    ),
    team_roles=tuple(
        """coach quarterback striker forward midfielder goalkeeper defender pitcher linebacker
        receiver guard center centre winger manager""".split()
    ),
    code_body_nouns=frozenset("request board officials members staff district schools".split()),
)
