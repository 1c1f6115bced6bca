CASES = [
    (
        """Water tanker strike hits supply in Ambarpur; civic body mulls ESMA

Ambarpur, May 14 (PTI) Water supply to nearly 40 per cent of households in Ambarpur was hit on Tuesday as private tanker operators went on an indefinite strike over a new GPS-tracking rule introduced by the municipal corporation.

The Ambarpur Water Tanker Owners' Association, which claims to have about 1,800 vehicles on its rolls, said its members would not resume operations until the Ambarpur Municipal Corporation (AMC) withdrew the order.

"We are not against transparency. But the civic body wants us to pay for the devices, pay for the software and also pay a penalty if the signal drops in a basement. This is harassment," association president Gurnam Singh Bhatti told PTI.

Municipal Commissioner Rajeshwari Nandakumar said the corporation had pressed 350 of its own tankers into service and hired additional vehicles from neighbouring districts to supply water to the worst-affected areas.

"No citizen will be left without drinking water. We have set up a control room and residents can call the helpline 1916 for emergency supply," she said in a statement.

She added that the civic body was "open to talks" but would not roll back the order, which was brought in after complaints that tankers meant for slum settlements were being diverted to hotels and construction sites.

Officials said the AMC was considering invoking the provisions of the Essential Services Maintenance Act if the strike continued beyond 48 hours.

In Shivaji Colony and Kailash Nagar, residents queued up with buckets and plastic drums from early morning. "We have not got water since Sunday night. The pipeline water comes for 20 minutes and that too at 4 am," said Meenakshi Patole, a homemaker.

Leader of Opposition in the corporation Anwar Qureshi accused the ruling party of mismanagement. "Every summer the same story. The tanker lobby and the administration are hand in glove, and this strike is a drama to extract more money," he alleged.

A senior AMC official, who did not wish to be named, said the tanker operators had been informally told that the deadline for installing the devices could be extended by a month. "The door is open. But the order stays," the official said.

The strike comes at a time when the city's main reservoirs at Kolwadi and Sonegaon have dipped to 11 per cent of their storage capacity, according to the state water resources department. PTI ABC XYZ""",
        [
            ("We are not against transparency.", "Gurnam Singh Bhatti"),
            ("No citizen will be left", "Rajeshwari Nandakumar"),
            ("open to talks", "Rajeshwari Nandakumar"),
            ("We have not got water", "Meenakshi Patole"),
            ("Every summer the same story.", "Anwar Qureshi"),
            ("The door is open.", "senior AMC official"),
        ],
    ),
    (
        """Residents’ welfare associations petition State Election Commission over delay in civic polls

Special Correspondent

KALYANPUR

Nearly three years after the term of the elected council of the Kalyanpur City Corporation ended, a federation of residents’ welfare associations on Monday submitted a memorandum to the State Election Commission, seeking a time frame for the long-delayed civic elections.

The Kalyanpur Civic Forum, which represents 214 associations across the city’s 168 wards, said the absence of elected councillors had left residents with “no one to knock on the door of” when drains overflowed or streetlights failed.

“Officers are transferred every eighteen months. A corporator, whatever his faults, has to come back to the same street and ask for votes. That accountability is missing,” said S. Vaidehi, convener of the forum.

The corporation has been run by a special officer appointed by the State government since March 2021. The elections have been held up by litigation over ward delimitation and the reservation of seats for Other Backward Classes, a matter that is pending before the High Court.

In its memorandum, the forum pointed out that the corporation’s budget for 2024-25, amounting to ₹6,420 crore, had been passed “without a single public hearing or debate”.

Responding to the memorandum, State Election Commissioner P. Ramanathan told The Hindu that the Commission was ready to conduct the polls “within 90 days” of the court clearing the delimitation exercise.

“We cannot hold elections on the basis of a ward map that is under challenge. If the court sets it aside after polling, the entire process becomes infructuous,” he said.

Former Mayor K. Devaraj Gowda, who attended the submission, said the delay suited the ruling party. “They are afraid of an urban verdict after what happened in the by-elections. The litigation is a convenient cover,” he said.

A senior official in the Urban Development Department, however, rejected the charge. The government had filed its affidavit on time and was “keen” on an early resolution, the official said, requesting anonymity.

Residents who spoke to The Hindu listed a familiar set of grievances. In Jayanagar East, a stretch of the storm-water drain has remained uncovered for over a year. “Two children have fallen in. We have written to the zonal office eleven times. Each time we get an acknowledgement number and nothing else,” said R. Mohan Kumar, secretary of the Jayanagar East Residents’ Association.

The forum has said it will hold a signature campaign, titled “Our Ward, Our Vote”, across all zones from next week.""",
        [
            ("no one to knock on", "Kalyanpur Civic Forum"),
            ("Officers are transferred every eighteen", "S. Vaidehi"),
            ("without a single public hearing", "Kalyanpur Civic Forum"),
            ("within 90 days", "P. Ramanathan"),
            ("We cannot hold elections on", "P. Ramanathan"),
            ("They are afraid of an", "K. Devaraj Gowda"),
            ("keen", "senior official in the Urban Development Department"),
            ("Two children have fallen in.", "R. Mohan Kumar"),
        ],
    ),
    (
        """Ghatkhed residents block highway over landfill fire, DMC promises bio-mining tender

TNN | Nov 3

DEVNAGAR: Hundreds of residents of Ghatkhed and four adjoining villages blocked the Devnagar-Amrapur highway for nearly three hours on Saturday, demanding the closure of the municipal dumping ground that has been smouldering for over a week.

Traffic was thrown out of gear as protesters, many of them women carrying children, squatted on the road near the Ghatkhed toll plaza from 10.30am. Police had to divert heavy vehicles through the Karanja bypass.

"My son has been coughing for seven days. The doctor says it is the smoke. Who will pay for his treatment, the corporator or the commissioner?" asked Sunita Wankhede, 34, who lives barely 500 metres from the site.

The Devnagar Municipal Corporation (DMC) dumps around 1,100 tonnes of mixed waste at Ghatkhed every day. The fire, which started on October 25, has been brought under control in parts but continues to smoulder under the heaps, officials said.

Chief fire officer Prakash Dhurve told TOI that six fire tenders and two earth movers were deployed round the clock. "The problem is methane trapped under the layers. We douse one section and another starts smoking. It will take at least another five days to fully extinguish," Dhurve said.

The agitation was called off after additional municipal commissioner (health) Vikram Joshi reached the spot and gave a written assurance that a bio-mining project, pending since 2019, would be tendered within a month. Joshi also promised free medical camps in the affected villages from Monday.

"We have been hearing the word bio-mining for five years," said Ganesh Thakre, sarpanch of Ghatkhed, who led the protest. "If the tender is not floated by December 5, we will not allow a single garbage truck to enter. That is final."

The DMC, in a statement issued late in the evening, said it was "fully committed" to scientific waste processing and that the delay had been caused by "repeated technical objections" from bidders.

Environmentalist Dr Shalini Gupte said the fire was a predictable consequence of unsegregated waste being dumped without a cover. "Every landfill fire in this country tells the same story. When you dump wet and dry waste together, you are building a methane bomb," she said.

Police registered a case against 40 unidentified persons for obstructing traffic, though a senior officer at Karanja police station said no arrests had been made. "The situation was handled peacefully. Our priority was to clear the road," the officer said.""",
        [
            ("My son has been coughing", "Sunita Wankhede"),
            ("The problem is methane trapped", "Prakash Dhurve"),
            ("We have been hearing the", "Ganesh Thakre"),
            ("If the tender is not", "Ganesh Thakre"),
            ("fully committed", "Devnagar Municipal Corporation"),
            ("repeated technical objections", "Devnagar Municipal Corporation"),
            ("Every landfill fire in this", "Shalini Gupte"),
            ("The situation was handled peacefully.", "senior officer at Karanja police station"),
        ],
    ),
    (
        """Indrapur civic body hikes water charges by 15%; Opposition walks out

Written by Aditi Rane

Indrapur | February 20

The Indrapur Municipal Corporation's general body on Tuesday approved a 15 per cent hike in water charges for residential users, the first revision in six years, amid a walkout by Opposition corporators who termed it "a tax on the poor".

The hike, which comes into effect from April 1, will raise the minimum monthly charge for a metered household connection from Rs 180 to Rs 207. Commercial rates will go up by 20 per cent.

Moving the proposal, Standing Committee chairperson Harshvardhan Kale said the corporation spent Rs 31 per kilolitre on treating and pumping water but recovered barely Rs 11. "The gap is being filled from property tax and grants. That is not sustainable. If we want the 24x7 supply project to succeed, the water account has to stand on its own feet," Kale said.

He added that households in informal settlements using public standposts would not be affected.

Leader of Opposition Shabnam Sayyed, however, said the administration had no moral right to raise charges when large parts of the city received water only on alternate days. "First give water, then ask for money. In Bhimnagar and Sant Kabir Chowk, people get muddy water for 40 minutes. They are paying for tankers on top of the water tax," she said before leading her party's 22 corporators out of the House.

Mayor Pramila Deshpande, who presided over the meeting, said the Opposition had been given "more than enough time" to speak. "Running away from the House is not a debate," she told reporters later.

According to civic data, Indrapur loses nearly 38 per cent of the water it supplies to leakages and illegal connections, what engineers call non-revenue water. Municipal Commissioner Dr Anirudh Menon said a drive to regularise illegal connections would start next month.

"We have identified about 26,000 unauthorised connections through the GIS survey. Those who come forward within the amnesty window will be regularised on payment of a nominal fee. After that, we will disconnect and file police complaints," Menon said.

Kavita Bharucha, a researcher with the Centre for Urban Equity, an Indrapur-based think tank, said the tariff hike by itself would not improve services. "Tariff revisions are necessary, but citizens will accept them only if they see a change at the tap. The corporation should publish ward-wise supply hours every week," she said.

The Indrapur Nagrik Manch, a citizens' group, has called for a protest outside the corporation headquarters on Saturday.""",
        [
            ("a tax on the poor", "Opposition corporators"),
            ("The gap is being filled", "Harshvardhan Kale"),
            ("First give water, then ask", "Shabnam Sayyed"),
            ("more than enough time", "Pramila Deshpande"),
            ("Running away from the House", "Pramila Deshpande"),
            ("We have identified about 26,000", "Anirudh Menon"),
            ("Tariff revisions are necessary, but", "Kavita Bharucha"),
        ],
    ),
    (
        """‘Pipeline work will end by June’: Mayor as women stage pot protest in Madhavgarh

HT Correspondent

Madhavgarh: Carrying empty earthen pots and steel vessels, around 300 women from Laxmi Vihar, Gandhi Basti and Naya Mohalla gheraoed the zonal office of the Madhavgarh Municipal Corporation (MMC) on Thursday, alleging that their neighbourhoods had not received piped water for 12 days.

The protesters broke pots outside the office gate, a form of protest known locally as “matka phod”, and raised slogans against the civic body and the local councillor.

“We start standing in line for the tanker at 5 in the morning. Those who have money buy cans of water for ₹30. What do the rest of us do? Drink from the drain?” said Kamla Devi, 52, a domestic worker from Gandhi Basti.

Residents said the problem began after the MMC dug up the main feeder line on Station Road to lay a new 600mm pipeline under the Amrut 2.0 scheme. The contractor, they alleged, damaged the older line and left it unrepaired.

Zonal officer Deepak Meena met a delegation of the women and assured them that two additional tankers would be deployed in each of the three colonies from Friday.

Later in the day, mayor Sushila Rathore visited the area and said the pipeline work would be completed “by June, come what may”. Speaking to reporters, she said, “Pipeline work will be over by June. I have told the contractor that if the old line is damaged again, the repair cost will be recovered from his bills and he will be blacklisted.”

She also blamed the previous board for the delay. “The project was sanctioned in 2021. For two years, files moved from one table to another. We have got it moving,” Rathore said.

Opposition councillor from Ward 47, Imran Ali Khan, said the mayor was “shifting the blame”. “The ruling party has run this corporation for ten years. Who were they waiting for?” he asked.

An MMC engineer, on condition of anonymity, said the damage to the old line was discovered only on Tuesday. “The old pipe is cast iron, more than 40 years old. It cracked at three points when the excavator went close. The repair needs a shutdown, which we will do on Sunday night,” the engineer said.

According to the MMC’s own data, the city receives around 190 million litres a day (MLD) against a demand of 260 MLD, and supply in most wards is limited to one hour on alternate days.

The women dispersed after about four hours. “If water does not come by Monday, we will sit here with our children and our pots until it does,” said Rekha Bairwa, who had organised the protest through a local self-help group.""",
        [
            ("Pipeline work will end by", "Sushila Rathore"),
            ("We start standing in line", "Kamla Devi"),
            ("by June, come what may", "Sushila Rathore"),
            ("Pipeline work will be over", "Sushila Rathore"),
            ("The project was sanctioned in", "Sushila Rathore"),
            ("shifting the blame", "Imran Ali Khan"),
            ("The ruling party has run", "Imran Ali Khan"),
            ("The old pipe is cast", "MMC engineer"),
            ("If water does not come", "Rekha Bairwa"),
        ],
    ),
    (
        """Belavadi civic body issues notice to private water operator over erratic supply

DH News Service

Belavadi, Aug 7

The Belavadi-Dharampur Municipal Corporation has issued a show-cause notice to Neeraqua Utilities Private Limited, the private operator that manages round-the-clock water supply in 42 of the twin cities' 82 wards, after a spate of complaints about irregular and contaminated supply.

The notice, signed by Commissioner Santosh Hiremath, gives the company 15 days to explain why penalties amounting to Rs 4.6 crore should not be levied for failing to meet service-level benchmarks stipulated in the 2019 contract.

"The contract is very clear. Continuous pressurised supply, a complaint resolution time of 24 hours and water quality as per BIS standards. On all three counts, the performance over the last four months has been unsatisfactory," Hiremath told DH.

He said the corporation had received more than 3,100 complaints between April and July, nearly double the figure for the same period last year. Samples from 14 locations in Gokul Road and Vidyanagar had failed bacteriological tests, according to a report of the district public health laboratory.

The company said it had received the notice and would respond within the stipulated time. "Neeraqua has consistently delivered 24x7 supply in the project area. The recent disruptions were caused by power outages at the Sonhalli headworks and a sharp drop in raw water levels, which are beyond the operator's control," it said in a statement.

A senior company executive, who declined to be identified, said the corporation owed it arrears of nearly Rs 18 crore. "We have been running the system on our own working capital for eight months," he said.

The issue snowballed into a political row at the council meeting on Wednesday, with members cutting across party lines demanding that the contract be cancelled.

Corporator Veeresh Angadi, who represents Vidyanagar, said the project had been "a complete failure" in his ward. "Today my ward gets yellow water at midnight. Old people are buying bottled water to cook rice," he said.

Mayor Lalitha Patil said the council would take a decision only after examining the company's reply. "We cannot terminate a contract on emotion. If we do it wrongly, the company will go to arbitration and the corporation will pay crores in damages," she said.

Sanjeev Kulkarni, a retired chief engineer of the State Urban Water Supply Board who has studied the project, said the problem lay partly in the design of the contract.

"The operator was given the distribution network but not the bulk supply. So when the raw water fails, everyone points fingers at everyone else.

"What the twin cities need is a single accountable agency from source to tap. Otherwise we will have this same fight every summer," Kulkarni said.""",
        [
            ("The contract is very clear.", "Santosh Hiremath"),
            ("Neeraqua has consistently delivered 24x7", "Neeraqua Utilities Private Limited"),
            ("We have been running the", "senior company executive"),
            ("a complete failure", "Veeresh Angadi"),
            ("Today my ward gets yellow", "Veeresh Angadi"),
            ("We cannot terminate a contract", "Lalitha Patil"),
            ("The operator was given the", "Sanjeev Kulkarni"),
            ("What the twin cities need", "Sanjeev Kulkarni"),
        ],
    ),
    (
        """HC pulls up Sonpur civic body over deaths from contaminated water

Sonpur, July 22 (IANS) The High Court on Monday pulled up the Sonpur Municipal Corporation over the deaths of four persons from suspected cholera in the city's old quarter.

A division bench of Justice Meera Sathe and Justice Arvind Kolhe was hearing a public interest litigation filed by the Purana Sheher Nagrik Samiti after an outbreak of diarrhoea and cholera in Lohar Gali, Kumbharwada and Teli Pura earlier this month. Over 600 people were treated at hospitals.

"Four people have died. Hundreds have been hospitalised. And the corporation tells us that an inquiry is underway. Is this the standard of governance we should accept in a city of 30 lakh people?" Justice Sathe asked during the hearing.

Supplying safe drinking water to citizens was "not charity but a constitutional obligation", she remarked.

The bench directed the municipal commissioner to file a personal affidavit within two weeks, detailing the source of contamination and the action taken against the officials responsible.

Appearing for the corporation, senior advocate Nitin Bhonsle submitted that sewage had seeped into an old drinking water line during road-widening work carried out by a contractor of the Public Works Department (PWD). "The corporation has replaced 1.2 km of the pipeline on a war footing. Chlorination has been increased and tanker supply is being provided," he told the court.

The petitioners' counsel, advocate Farah Naaz, argued that residents had complained of foul-smelling water for weeks before the outbreak. "We have placed on record 37 written complaints submitted to the ward office since May. Not one was acted upon," she said.

Justice Kolhe observed that the blame game between departments was "of no consolation to the families who have lost their loved ones".

Meanwhile, the state government on Monday announced an ex gratia of Rs 4 lakh each to the families of the deceased. Urban Development Minister Dilip Waghmare said an executive engineer and two junior engineers of the corporation's water supply department had been suspended.

"Negligence at any level will not be tolerated. We have also asked the PWD to fix responsibility on its contractor," Waghmare told reporters in the state capital.

Of the 41 water samples collected from the affected areas, 17 were found unfit for drinking, according to the district health office.

Local residents, however, said the damage had been done. "My father was fine on Friday and gone by Sunday morning. They sent tankers after the funeral," said Salim Shaikh, a resident of Lohar Gali.

The matter will next be heard on August 5.

--IANS

abc/xyz""",
        [
            ("Four people have died.", "Meera Sathe"),
            ("not charity but a constitutional", "Meera Sathe"),
            ("The corporation has replaced 1.2", "Nitin Bhonsle"),
            ("We have placed on record", "Farah Naaz"),
            ("of no consolation to the", "Arvind Kolhe"),
            ("Negligence at any level will", "Dilip Waghmare"),
            ("My father was fine on", "Salim Shaikh"),
        ],
    ),
    (
        """Corporator booked for ‘assaulting’ junior engineer over water cut

Express News Service

RAJAPURAM: A corporator of the ruling front in the Rajapuram Municipal Corporation was booked on Wednesday for allegedly assaulting a junior engineer of the water supply wing, after a heated argument over a three-day disruption in supply to his ward.

According to the FIR registered at the Kottaimedu police station, Ward 23 corporator M. Selvaraj and around 15 of his supporters barged into the pumping station office at Periyar Nagar on Tuesday evening, abused junior engineer K. Arulmozhi and slapped him when he tried to explain the reason for the shutdown.

In his complaint, Arulmozhi stated that he was “pushed against the wall and slapped twice” in front of his staff. “I told him the valve had to be replaced and the work would be over by night. He did not listen. He kept shouting that officers sit in the office while his voters go thirsty,” the engineer told The New Indian Express.

Selvaraj denied the charge. Speaking to reporters outside his residence, he said: “Nobody touched him. I went there because women in my ward had been standing with empty pots for three days. If asking questions is a crime, let them arrest me.”

Selvaraj added that the complaint was “politically motivated” and had been filed at the instance of “certain officials who do not want corporators to question them”.

The Rajapuram Municipal Engineers’ Association condemned the incident and said its members would boycott work on Thursday if the corporator was not arrested. “Engineers are working 14-hour days this summer to manage a shortfall of 80 MLD. If this is the reward, nobody will come forward to take field postings,” association president R. Jeyakumar said.

Commissioner Dr. Lakshmi Narayanan said the corporation would extend all legal support to the engineer. “Physical violence against staff on duty is unacceptable, whoever is involved,” she said.

A police officer said Selvaraj had been booked under sections of the Bharatiya Nyaya Sanhita relating to voluntarily causing hurt and obstructing a public servant. “We are examining CCTV footage from the pumping station. Further action will be taken based on the evidence,” the officer said.

Sources in the ruling front said the leadership was unhappy with the episode, which comes weeks before the local body elections. A senior leader of the front said on condition of anonymity that Selvaraj had been asked to “keep a low profile” till the matter was settled.

Leader of the Opposition in the council V. Thamizhselvi said the incident reflected the larger failure of the corporation to plan for summer. “Instead of fighting with engineers, the ruling councillors should ask why the third pipeline scheme is still on paper after six years,” she said.""",
        [
            ("pushed against the wall and", "K. Arulmozhi"),
            ("I told him the valve", "K. Arulmozhi"),
            ("Nobody touched him.", "M. Selvaraj"),
            ("politically motivated", "M. Selvaraj"),
            ("certain officials who do not", "M. Selvaraj"),
            ("Engineers are working 14-hour days", "R. Jeyakumar"),
            ("Physical violence against staff on", "Lakshmi Narayanan"),
            ("We are examining CCTV footage", "police officer"),
            ("keep a low profile", "senior leader of the front"),
            ("Instead of fighting with engineers,", "V. Thamizhselvi"),
        ],
    ),
]
