CASES = [
    (
        """Inquest hears Burnley grandfather died after fall from ladder at allotment

By Helen Marsh

A grandfather who was found collapsed at his allotment died from head injuries after falling from a ladder while repairing a shed roof, an inquest has heard.

Derek Ashworth, 71, of Colne Road, Burnley, was discovered by a fellow plot-holder at the Thornbank Lane allotments on the afternoon of June 14.

The hearing at Preston Coroner's Court was told that Mr Ashworth, a retired bus driver, had gone to the site alone that morning to replace the felt on the roof of his shed.

Fellow allotment holder Keith Pilling found him lying on the path beside an upturned stepladder.

In a statement read to the court, Mr Pilling said: "I shouted his name and he didn't answer. I could see straight away that something was badly wrong. I rang 999 and stayed with him until the ambulance came."

Paramedics took Mr Ashworth to the Royal Blackburn Hospital, where scans showed a severe bleed on the brain. He died two days later.

Consultant pathologist Dr Anjali Rao gave the medical cause of death as traumatic brain injury due to a fall from height.

She told the inquest that Mr Ashworth had been taking blood-thinning medication, which "would have made the bleeding considerably worse" than it might otherwise have been.

His daughter, Joanne Whittaker, said her father had spent "every spare hour" at his plot since retiring in 2015.

"He grew enough runner beans to feed half of Burnley," she said. "We'd tell him to take it easy and not to be climbing about on his own, but he was stubborn. That was Dad."

Area coroner Dr James Adeyemi recorded a conclusion of accidental death.

He said: "Mr Ashworth was doing something he had done many times before and something he clearly loved. There is no evidence that anyone else was involved, and I am satisfied that this was a tragic accident."

Dr Adeyemi said he would not be issuing a prevention of future deaths report, but urged older people working alone at height to "think twice and tell someone where they are".

Outside court, Mrs Whittaker said the family had been "overwhelmed" by messages from the allotment community.

A spokesman for Thornbank Lane Allotment Society said a bench would be placed at the site in Mr Ashworth's memory.

"Derek was part of the furniture here," he said. "He'd give you seedlings, advice, a cup of tea out of his flask, whether you wanted it or not. We'll miss him terribly."
""",
        [
            ("I shouted his name and", "Keith Pilling"),
            ("would have made the bleeding", "Anjali Rao"),
            ("every spare hour", "Joanne Whittaker"),
            ("He grew enough runner beans", "Joanne Whittaker"),
            ("Mr Ashworth was doing something", "James Adeyemi"),
            ("think twice and tell someone", "James Adeyemi"),
            ("overwhelmed", "Joanne Whittaker"),
            ("Derek was part of the", "spokesman"),
        ],
    ),
    (
        """Tributes paid to ‘heart and soul’ of Kilbrennan GAA club

Tributes have been paid across north Cork to a lifelong GAA volunteer who died suddenly at his home in Kilbrennan on Sunday.

Con Lehane (68) served as secretary, treasurer, groundsman and under-age coach at Kilbrennan GAA over almost five decades, and was a familiar figure on the sideline at county championship games.

Club chairman Donal Twomey said Mr Lehane was “the heart and soul of this club” and that the news had left players and members “absolutely devastated”.

“There isn’t a field in the parish Con didn’t mark out or a jersey he didn’t wash at some stage,” he said. “When we won the county junior title in 1994 he was the first man onto the pitch and the last man to leave the dressing room that night.

“He never wanted thanks for any of it. He just wanted to see young lads and girls out playing.”

In a statement posted on its Facebook page, Kilbrennan GAA said the club’s flags would fly at half-mast and that all training sessions this week had been cancelled as a mark of respect.

“Con gave his whole life to Kilbrennan and to the GAA,” the statement read. “We extend our deepest sympathies to his wife Maureen, his children Eoin, Siobhán and Ciara, his grandchildren and the wider Lehane family.”

Cork County Board chairman Pat O’Keeffe described Mr Lehane as one of “the unsung people who keep our association going in every parish in the county”.

Local councillor Mary Fitzgerald (FF) said she had known him since their schooldays.

“Con was a gentleman in every sense,” Cllr Fitzgerald said. “He’d help anyone, GAA or not. If your car broke down outside Mass, Con would have you going again before the priest had finished.”

Mr Lehane worked for more than 30 years at the co-op creamery in Mitchelstown before retiring in 2016. He was also a member of the parish choir and the local Tidy Towns committee.

Former Cork hurler Seán Buckley, who was coached by Mr Lehane at under-12 level, wrote on social media: “First man to ever put a hurley in my hand properly. Rest easy, Con.”

Mr Lehane will repose at Hegarty’s Funeral Home, Kilbrennan, on Wednesday evening from 5pm, with removal to the Church of St Brigid. Requiem Mass will take place on Thursday at 11am, followed by burial in the adjoining cemetery.

A guard of honour will be formed by club members of all ages, the club said.
""",
        [
            ("heart and soul", "Donal Twomey"),
            ("the heart and soul of", "Donal Twomey"),
            ("absolutely devastated", "Donal Twomey"),
            ("There isn’t a field in", "Donal Twomey"),
            ("He never wanted thanks for", "Donal Twomey"),
            ("Con gave his whole life", "Kilbrennan GAA"),
            ("the unsung people who keep", "Pat O’Keeffe"),
            ("Con was a gentleman in", "Mary Fitzgerald"),
            ("First man to ever put", "Seán Buckley"),
        ],
    ),
    (
        """"Full of life and full of mischief": Hundreds mourn teenage motorcyclist at Co Tyrone funeral

Hundreds of mourners lined the streets of a Co Tyrone village on Monday for the funeral of a 17-year-old motorcyclist who died in a road crash last week.

Conor McCrystal, from Drumcrannagh, was fatally injured when the motorcycle he was riding was in collision with a van on the Ballynasollus Road on Wednesday evening.

His coffin was carried into St Colmcille's Church by members of his family and by friends from the local motocross club, several of whom wore their racing leathers.

Parish priest Fr Brendan Quinn told the congregation that Conor had been "full of life and full of mischief" and had a gift for making people laugh.

"Conor lived at full throttle," Fr Quinn said. "Anyone who knew him knew that he was never happier than when he had an engine under him and mud up to his elbows.

"But he was also a young man who would stop to help a neighbour carry in the coal, who looked out for his younger brothers, and who never forgot to tell his mother he loved her."

The priest said the community had been "plunged into grief" by the news and asked mourners to keep Conor's parents, Martin and Grainne, and his brothers, Ryan and Odhran, in their prayers.

A second-year apprentice mechanic, Conor had been studying motor vehicle engineering at the Omagh campus of Western Regional College.

A spokeswoman for the college said staff and students were "deeply saddened" by his death and that counselling support had been made available to his classmates.

In a statement read out at the end of Mass, the McCrystal family thanked the emergency services and the people of Drumcrannagh.

"We cannot put into words what the kindness of this community has meant to us," it said. "Conor was our whole world and we will miss him every single day."

Speaking outside the church, Tyrone Vale Motocross Club secretary Gerard Donnelly said Conor had been one of the most promising young riders in the north west.

"He had real talent, but more than that he had the right attitude," he told reporters. "He'd be the first to congratulate you if you beat him, and then he'd be out practising the next morning to make sure it didn't happen again."

Police are continuing to investigate the collision and have appealed for anyone with dashcam footage to contact them on 101, quoting reference 1467 of 11/09/24.

The driver of the van, a man in his 40s, was taken to hospital with injuries not believed to be life-threatening.

Burial took place afterwards in the adjoining cemetery.
""",
        [
            ("Full of life and full", "Brendan Quinn"),
            ("full of life and full", "Brendan Quinn"),
            ("Conor lived at full throttle,", "Brendan Quinn"),
            ("But he was also a", "Brendan Quinn"),
            ("plunged into grief", "Brendan Quinn"),
            ("deeply saddened", "spokeswoman"),
            ("We cannot put into words", "McCrystal family"),
            ("He had real talent, but", "Gerard Donnelly"),
        ],
    ),
    (
        """Tributes to former Auchtergowan Rovers captain who served 30 years as a firefighter

By Alan Whyte

A Fife junior football club has paid tribute to a former captain who led the side to its only Scottish Junior Cup semi-final, following his death at the age of 63.

Jim Keddie, who made more than 400 appearances for Auchtergowan Rovers between 1979 and 1994, died in hospital in Kirkcaldy on Friday after a short illness.

The centre-half, known to supporters as ‘Big Jim’, later spent three decades as a firefighter, retiring as a watch commander at Methil in 2019.

In a post on its website, the club said: ‘Everyone at Auchtergowan Rovers is heartbroken to learn of the passing of Jim Keddie, one of the greatest servants this club has ever had.

‘Jim was a colossus at the back and a leader in the dressing room. Our thoughts are with his wife Lorna, his sons Craig and Stuart, and all of his family and friends.’

Club president Tam Lumsden, who played alongside Mr Keddie for eight seasons, said he had been ‘the kind of captain every manager dreams about’.

‘He wasn’t the quickest and he’d be the first to tell you that,’ Mr Lumsden said. ‘But he read the game better than anyone I ever played with, and nobody ever got the better of him in the air.

‘Off the pitch he was the same. Quiet, decent, always there if you needed him. When my dad died, Jim was at my door the same night with a fish supper and a half bottle.’

Rovers will hold a minute’s applause before Saturday’s East of Scotland League match against Balgonie Athletic.

A spokesman for the Scottish Fire and Rescue Service said Mr Keddie had been ‘a dedicated and highly respected firefighter’ who attended some of the most serious incidents in the Kingdom during his career.

Former colleague Gordon Bett, who served with him at Methil, said Mr Keddie was ‘the calmest man you could have beside you’ at a fire.

‘I was on my first big call-out, a warehouse fire in Leven, and I was terrified,’ he said. ‘Jim just put a hand on my shoulder and said, “Stick by me, son, and do what I do.” I did, and I’ve never forgotten it.’

His son Craig Keddie said the family had been touched by the response.

‘Dad would have been embarrassed by all the fuss, to be honest,’ he said. ‘But he’d have been quietly chuffed too. Football and the fire service were his two families, and we’re grateful to both.’

The funeral will take place at Kirkcaldy Crematorium on Thursday, May 22, at 1pm. The family has asked that mourners wear football colours if they wish, and that any donations go to Fife Cancer Support.
""",
        [
            ("Everyone at Auchtergowan Rovers is", "Auchtergowan Rovers"),
            ("Jim was a colossus at", "Auchtergowan Rovers"),
            ("the kind of captain every", "Tam Lumsden"),
            ("He wasn’t the quickest and", "Tam Lumsden"),
            ("Off the pitch he was", "Tam Lumsden"),
            ("a dedicated and highly respected", "spokesman"),
            ("the calmest man you could", "Gordon Bett"),
            ("I was on my first", "Gordon Bett"),
            ("Stick by me, son, and", "Jim Keddie"),
            ("Dad would have been embarrassed", "Craig Keddie"),
        ],
    ),
    (
        """Farmer crushed by telehandler was 'experienced and careful', inquest told

A Powys farmer died after being crushed between a telehandler and a barn wall while moving silage bales, an inquest has heard.

Gareth Wyn Pryce, 54, was found by his nephew at the family's farm near Llanfihangel Rhydlas on the evening of March 3 last year.

The inquest in Welshpool heard that Mr Pryce had been working alone in the yard when the telehandler, which had been left running, rolled forward and pinned him against the wall of a cattle shed.

His brother, Emyr Pryce, told the hearing Gareth had been farming since he left school at 16 and was "experienced and careful" around machinery.

"He'd driven that telehandler every day for ten years," he said. "I still can't understand how it happened. He was always telling the boys to put the handbrake on and take the keys out."

Health and Safety Executive inspector Rhian Morgan said an examination of the vehicle found its parking brake had been badly worn and was not capable of holding the machine on the slight slope of the yard.

She told the inquest: "The brake had deteriorated over a period of time. It is likely that Mr Pryce believed the brake was engaged when he stepped down from the cab, and that the vehicle then moved under its own weight."

Ms Morgan said agriculture continued to have "one of the poorest safety records of any industry in Great Britain", with moving vehicles among the most common causes of death on farms.

Pathologist Dr Huw Elias gave the cause of death as crush asphyxia.

Recording a conclusion of accidental death, assistant coroner Katherine Lloyd-Jenkins said Mr Pryce had died "doing the work he had done all his life".

"I have no doubt that Mr Pryce was a competent and conscientious farmer," she said. "This was a tragic combination of a mechanical fault that was not apparent to him and a moment in which he was working alone."

She said she would write to farming unions to highlight the importance of regular brake checks on farm vehicles.

In a statement after the hearing, the Pryce family described Gareth as "a quiet, kind man who lived for his animals and his family".

"Nothing will bring Gareth back, but if one other farmer checks his brakes because of what happened to him, that will mean something," the statement said.

A spokesperson for the Mid Wales Farmers' Association said the organisation was "saddened to hear the details of this case" and would continue to work with members to promote farm safety.

Mr Pryce, who was also a deacon at Capel Ebeneser in the village, leaves a wife, Sian, and two daughters.
""",
        [
            ("experienced and careful", "Emyr Pryce"),
            ("experienced and careful", "Emyr Pryce"),
            ("He'd driven that telehandler every", "Emyr Pryce"),
            ("The brake had deteriorated over", "Rhian Morgan"),
            ("one of the poorest safety", "Rhian Morgan"),
            ("doing the work he had", "Katherine Lloyd-Jenkins"),
            ("I have no doubt that", "Katherine Lloyd-Jenkins"),
            ("a quiet, kind man who", "Pryce family"),
            ("Nothing will bring Gareth back,", "Pryce family"),
            ("saddened to hear the details", "spokesperson"),
        ],
    ),
    (
        """Halifax school mourns history teacher who taught three generations of pupils

By Rachel Holroyd

A Halifax secondary school is mourning a much-loved history teacher who taught there for almost four decades.

Margaret Sutcliffe, 64, died on Sunday at Calder Valley Hospice after being diagnosed with pancreatic cancer earlier this year. She had been due to retire in the summer.

Mrs Sutcliffe joined Stansfield Park High School in 1986 and went on to become head of humanities, a post she held until 2021.

In a letter sent to parents on Monday, headteacher Andrew Kershaw said the school community had lost “a remarkable colleague and a true friend”.

“Margaret taught three generations of some Calderdale families, and she remembered every one of them,” he wrote. “She had the rare gift of making the past feel alive, and of making every student feel that their ideas mattered.”

Mr Kershaw said counsellors would be available in school throughout the week and that a book of condolence had been opened in the main reception.

Colleague and friend Priya Chauhan, who shared a corridor with Mrs Sutcliffe for 20 years, said staff were “heartbroken”.

“She was the person everyone went to,” Ms Chauhan said. “New teachers, nervous Year 7s, parents who weren’t sure what to do – Margaret always had time, and she always had a biscuit in her drawer.”

According to former pupils, Mrs Sutcliffe was best known for her annual trip to the First World War battlefields of Ypres and the Somme, which she organised for more than 25 years.

One former student, now a teacher herself, wrote on Facebook: “I became a history teacher because of Mrs Sutcliffe. Standing at the Menin Gate with her in 2004 changed my life.”

Another described her as “strict but fair, and funny when you least expected it”.

Calderdale Council’s cabinet member for children and young people, Cllr Joanne Barraclough, said: “Margaret Sutcliffe was the kind of teacher who changes lives. Calderdale is poorer for her loss, and our thoughts are with her family.”

Her husband Peter Sutcliffe said the family had been moved by the number of messages they had received.

“Margaret loved that school,” he said. “She used to say she’d never worked a day in her life because teaching didn’t count as work. We’re so proud of her.”

She also leaves two sons, Thomas and Daniel, and four grandchildren.

Her funeral will be held at St Mary’s Church, Hebble Bridge, on a date to be confirmed. The family has asked for donations to Calder Valley Hospice.
""",
        [
            ("a remarkable colleague and a", "Andrew Kershaw"),
            ("Margaret taught three generations of", "Andrew Kershaw"),
            ("heartbroken", "Priya Chauhan"),
            ("She was the person everyone", "Priya Chauhan"),
            ("I became a history teacher", "former student"),
            ("strict but fair, and funny", "former student"),
            ("Margaret Sutcliffe was the kind", "Joanne Barraclough"),
            ("Margaret loved that school,", "Peter Sutcliffe"),
        ],
    ),
    (
        """Family pays tribute to mum-of-two killed in A20 crash near Ashford

The family of a mother-of-two who died in a crash on the A20 near Ashford have described her as "the glue that held us all together".

Lauren Pettifer, 36, from Little Westbrook, was driving a silver Vauxhall Corsa which was in collision with a lorry near the junction with Pound Lane at about 7.40am on Tuesday, January 14.

She was pronounced dead at the scene. The lorry driver, a 52-year-old man from Maidstone, was not injured.

In a statement released through Kent Police, the Pettifer family said: "Lauren was the most devoted mum to Alfie and Rosie, a loving wife to Dan, and the best daughter and sister anyone could ask for.

"She worked so hard as a nurse and still always found time for everyone else. We are completely lost without her."

The family asked for privacy "at this incredibly difficult time".

Mrs Pettifer had worked on the children's ward at Stour Valley Hospital in Ashford for nine years.

"Lauren was an exceptional nurse and an even better friend," said Claire Dunmore, ward manager on the hospital's Bluebell children's unit. "Parents would ask for her by name. The whole team is devastated."

A fundraising page set up by friends to support her husband and children had raised more than £18,000 by Thursday evening.

Organiser Becky Lane wrote on the page: "Lauren would do anything for anyone, so now it's our turn to do something for Dan and the kids."

A neighbour in Little Westbrook, who asked not to be named, said the village was "in shock".

"You'd see her every morning doing the school run, always waving," she said. "It doesn't seem real."

Kent Police said officers from its Serious Collision Investigation Unit were continuing to examine the circumstances of the crash, and the road was closed for around seven hours while work was carried out at the scene.

A spokesman for the force said: "We are particularly keen to hear from anyone who was travelling on the A20 between Little Westbrook and Ashford shortly before 7.40am and who may have dashcam footage of either vehicle."

Speaking at the scene on Tuesday, Sergeant Mark Honeysett told reporters the road had been "extremely busy with commuter traffic" at the time and thanked drivers for their patience during the closure.

Anyone with information is asked to call 101, quoting reference 14-0193.
""",
        [
            ("the glue that held us", "Pettifer family"),
            ("Lauren was the most devoted", "Pettifer family"),
            ("She worked so hard as", "Pettifer family"),
            ("at this incredibly difficult time", "Pettifer family"),
            ("Lauren was an exceptional nurse", "Claire Dunmore"),
            ("Lauren would do anything for", "Becky Lane"),
            ("in shock", "neighbour"),
            ("You'd see her every morning", "neighbour"),
            ("We are particularly keen to", "spokesman"),
            ("extremely busy with commuter traffic", "Mark Honeysett"),
        ],
    ),
    (
        """Inquest hears Limerick man (29) drowned after night out in city

Ann Murphy

A 29-year-old man who was reported missing after a night out in Limerick city drowned in the River Shannon, an inquest has heard.

Shane Culhane, from Castletroy, had been socialising with friends in the city centre on the night of Saturday, October 7, 2023, and was last seen on CCTV on the riverside boardwalk shortly after 2.30am.

His body was recovered from the river four days later by volunteers from Shannon River Rescue.

Giving evidence at Limerick Coroner’s Court, Garda Tomás Ryan said there was “no evidence whatsoever” of third-party involvement.

“CCTV footage shows Mr Culhane walking alone along the boardwalk,” Garda Ryan said. “He appears unsteady on his feet at one point and stops near the railings. He is not seen again after that.”

Friend Kevin Moloney said the group had been in “great form” and that Mr Culhane had left a bar in the city centre to get food.

“He said he’d be back in ten minutes,” Mr Moloney said. “When he didn’t answer his phone we thought he’d just gone home. We never thought for a second anything was wrong.”

Consultant pathologist Dr Fergal Nolan said the cause of death was drowning. Toxicology showed a blood alcohol level of 243mg per 100ml, which Dr Nolan said was “consistent with significant intoxication”. No other injuries of note were found.

Coroner Dr Niamh Kinsella returned a verdict of death by misadventure.

She said: “This is every family’s worst nightmare. Shane was a young man out enjoying himself with his friends, as young people do, and he should have come home that night.”

Dr Kinsella said the question of additional barriers along the riverside was “a matter that the local authority must continue to examine with urgency”, and extended her sympathies to the Culhane family.

Speaking after the inquest, Mr Culhane’s mother Bernadette Culhane said her son had been “the funniest, kindest boy”.

“Shane was an electrician, he was saving for a house, he had his whole life planned,” she said. “We just want people to look after each other on nights out. Don’t let your friend walk home on his own.”

In a statement, Limerick City and County Council said it had installed additional lifebuoys and lighting along the quays since 2023 and was “continuing to review water safety measures in consultation with the emergency services and community groups”.

A volunteer with Shannon River Rescue, who did not wish to be named, said the group had carried out more than 40 searches on the river last year.

“Every one of them is somebody’s son or daughter,” he said.
""",
        [
            ("no evidence whatsoever", "Tomás Ryan"),
            ("CCTV footage shows Mr Culhane", "Tomás Ryan"),
            ("great form", "Kevin Moloney"),
            ("He said he’d be back", "Kevin Moloney"),
            ("consistent with significant intoxication", "Fergal Nolan"),
            ("This is every family’s worst", "Niamh Kinsella"),
            ("a matter that the local", "Niamh Kinsella"),
            ("the funniest, kindest boy", "Bernadette Culhane"),
            ("Shane was an electrician, he", "Bernadette Culhane"),
            ("continuing to review water safety", "Limerick City and County Council"),
            ("Every one of them is", "volunteer with Shannon River Rescue"),
        ],
    ),
]
