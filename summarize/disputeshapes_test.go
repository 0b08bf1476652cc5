package summarize

import (
	"strings"
	"testing"
)

// TestDisputeShapes holds one invented story per shape of dispute between
// sides (and per shape that is none); it fails when any shape regresses.
func TestDisputeShapes(t *testing.T) {
	runDisputeShapes(t, []disputeShape{
		{
			name: "denial: one side denies what the other says",
			texts: []string{
				"Dockers strike over cranes\n\nUnion general secretary Dmitri Sorok said the automation plan would cost 900 jobs at the port.\n\nSorok said members would stay out until the company put its promises in writing.",
				"Port operator hits back\n\nSelvan Port Company chief executive Anna Brandt said there would be no job cuts at the port and no compulsory redundancies.\n\nBrandt said the company's pay offer was fair.",
			},
			want: []string{"Union / Selvan Port Company"},
		},
		{
			name: "rebuttal: one side rejects the account the other gave just before",
			texts: []string{
				"Mill fire row\n\nUnion organiser Piet Alder said the sprinklers at the Tarnco mill had been switched off for a month before the fire.\n\nTarnco rejected that account.\n\nAlder said the union would take its evidence to the inspectors.",
				"Mill reopens\n\nTarnco said the mill would reopen on Monday after repairs.\n\nIts manager, Ada Renn, said the insurers had been told.",
			},
			want: []string{"Union / Tarnco"},
		},
		{
			name: "rebuttal: one side denies the act the other charges it with",
			texts: []string{
				"Border town shelled\n\nVesk's interior minister, Lena Vask, said the shells were fired from Orlan positions on the ridge above the town.\n\nOrla denied firing on the town.\n\nVask said four houses had burned.",
				"Truce holds elsewhere\n\nOrla's defence ministry said the truce was holding along the rest of the border.\n\nThe ministry said its troops would stay in their positions.",
			},
			want: []string{"Vesk / Orla"},
		},
		{
			name: "rebuttal: a charge the other side dismisses in the same sentence",
			texts: []string{
				"Pilots strike at Orla Air\n\nOrla Air chief executive Piet Alder accused the pilots' union of holding passengers hostage, a charge the union dismissed as cheap rhetoric.\n\nAlder said flights would resume on Thursday.",
				"Pilots hold out\n\nThe Orla Pilots Union said its members would stay out until Friday.\n\nUnion spokeswoman Ada Renn said pilots were tired after months of long rosters.",
			},
			want: []string{"Orla Air / Orla Pilots Union"},
		},
		{
			name: "figures: two counts of one workforce, one a part of a firm's staff, the firm named by its trade",
			texts: []string{
				"Miners trapped\n\nBogdan Ratko, president of the Miners' Federation, said 14 miners were trapped after the roof fall at Mirovac.\n\nRatko said the union had warned of the risk in writing.",
				"Company gives its figure\n\nTarvan Minerals said nine of its employees were trapped behind the fall.\n\nThe company said rescuers were drilling around the clock.",
			},
			want: []string{"Miners' Federation / Tarvan Minerals [Number of miners]"},
		},
		{
			name: "no dispute: one head noun in two compounds is two things",
			texts: []string{
				"Campus camp cleared\n\nStudents' union president Ada Renn said blocking the exam hall was not acceptable.\n\nRenn said exams would go ahead next week.",
				"Rally planned\n\nThe Tarn Divestment Group said it would hold a rally outside the city hall on Saturday.\n\nThe group said its members would march peacefully.",
			},
			want: nil,
		},
		{
			name: "no dispute: a body named in an of-phrase of another noun is no target",
			texts: []string{
				"Tariffs row\n\nVesk's trade minister Ivo Marsh said the Orlan tariffs breached the rules of the Global Trade Council.\n\nMarsh said Vesk would answer within a week.",
				"Council speaks\n\nThe Global Trade Council said it would hear both governments in March.\n\nThe council said its panel had three members.",
			},
			want: nil,
		},
		{
			name: "no dispute: a noun made of a verb is another word than its stem's noun",
			texts: []string{
				"Court fines Tarnco\n\nVell Streaming, which first complained to the court, said the ruling was long overdue.\n\nVell Streaming said it would cut its prices.",
				"Minister speaks\n\nVesk's digital minister Ada Renn said no company was too big to play by the rules.\n\nRenn said the fine would go to schools.",
			},
			want: nil,
		},
		{
			name: "no dispute: the medium a statement was made in is no point",
			texts: []string{
				"Court fines Tarnco\n\nVesk's digital minister Ada Renn wrote in a post on X that no company was too big to obey the law.\n\nRenn said the fine would go to schools.",
				"Rival reacts\n\nVell Streaming chief Ivo Marsh wrote in a post on X that Vell would lower its prices next month.\n\nMarsh said the firm would hire 40 engineers.",
			},
			want: nil,
		},
		{
			name: "no dispute: a denial of a third side's argument",
			texts: []string{
				"Court fines Tarnco\n\nConsumer group head Lena Vask rejected Tarnco's argument that the ruling would raise prices for shoppers.\n\nVask said shoppers had paid too much for a decade.",
				"Rival reacts\n\nVell Streaming chief Ivo Marsh said Vell would lower its prices for shoppers next month.\n\nMarsh said the firm would hire 40 engineers.",
			},
			want: nil,
		},
		{
			name: "no dispute: two critics of a third side's own pipes",
			texts: []string{
				"Hosepipe ban\n\nRivers Watch director Tomasz Wieczorek said it was hypocrisy to ban hoses while a quarter of the water leaks out of Calderbrook's own pipes.\n\nWieczorek said the river was at its lowest in twenty years.",
				"Regulator acts\n\nWater Services Authority chief Helga Rademacher said customers should not pay for pipes that have been leaking for years.\n\nRademacher said the authority had opened an investigation.",
			},
			want: nil,
		},
		{
			name: "no dispute: a denial of a third side's offer against another's offer",
			texts: []string{
				"Summit collapses\n\nVesk's negotiator Ivo Marsh rejected Orla's offer of a troop pullback and said Vesk would not sign.\n\nMarsh said the front had been quiet for a week.",
				"Host speaks\n\nTarnland's foreign minister Ada Renn said Tarnland's offer to host another round of talks still stood.\n\nRenn said the delegations would leave on Friday.",
			},
			want: nil,
		},
		{
			name: "no rebuttal: a denial of something no one before it said",
			texts: []string{
				"Mill fire row\n\nUnion organiser Piet Alder said the sprinklers at the Tarnco mill had been switched off for a month before the fire.\n\nTarnco denied any wage cuts.\n\nAlder said the union would take its evidence to the inspectors.",
				"Mill reopens\n\nTarnco said the mill would reopen on Monday after repairs.\n\nIts manager, Ada Renn, said the insurers had been told.",
			},
			want: nil,
		},
		{
			name: "accusation: one side accuses the other by name",
			texts: []string{
				"Quarry row deepens\n\nMayor Odile Franck accused Brenholt Aggregates of breaking the noise limits at the Tarn quarry.\n\nFranck said residents had complained for months.",
				"Quarry owner answers\n\nBrenholt Aggregates said the quarry had met every limit in its permit.\n\nBrenholt Aggregates said it would publish its noise readings.",
			},
			want: []string{"Mayor's Office / Brenholt Aggregates"},
		},
		{
			name: "accusation: a side named past the one accused is no target",
			texts: []string{
				"Bank collapse row\n\nOpposition MP Lukas Dravin of the Civic Renewal Party accused Finance Minister Ada Maskan of ignoring warnings about the bank for months.\n\nDravin said depositors deserved answers.",
				"Bank speaks\n\nHalvard Mutual Bank said the suspension of withdrawals was temporary and precautionary.\n\nHalvard Mutual Bank said it would publish its accounts on Friday.",
			},
			want: nil,
		},
		{
			name: "refusal: one side says the other refuses",
			texts: []string{
				"Bus talks stall\n\nDrivers' union leader Hana Vesely said Corvo Transit refuses to reopen talks on the rota.\n\nVesely said drivers would ballot next week.",
				"Operator sets out offer\n\nCorvo Transit director Luis Amaral said the rota offer on the table was generous.\n\nAmaral said services would run as normal.",
			},
			want: []string{"Drivers / Corvo Transit"},
		},
		{
			name: "demand against refusal",
			texts: []string{
				"Teachers' demand\n\nBrindle Teachers Union president Zora Fenn said the union demanded that the district publish its closure study.\n\nFenn said teachers would march on Friday.",
				"District answers\n\nBrindle School District superintendent Piet Olsen said the district refused to publish the closure study before the vote.\n\nOlsen said the budget gap was $4 million.",
			},
			// "superintendent" is a title: Olsen speaks for the district.
			want: []string{"Brindle Teachers Union / Brindle School District"},
		},
		{
			name: "demand against a flat no from the side that would give it",
			texts: []string{
				"Opposition demands budget\n\n\"We are demanding an emergency budget before Christmas that sets out a plan to cut the deficit,\" said Leila Haddad, leader of the Social Democratic Alliance.\n\nHaddad said the bank had been left to do the government's job.",
				"Ministry answers\n\n\"There will be no emergency budget. The government's fiscal plan is credible and it is working,\" the finance ministry said in a statement.\n\nFinance Minister Marcus Ellery said the deficit would fall to 2.5% by 2028.",
			},
			want: []string{"Social Democratic Alliance / Government"},
		},
		{
			name: "no dispute: allies, one demands what the other will not rest without",
			texts: []string{
				"Fans demand inquiry\n\nThe Athletic Supporters' Trust wrote to the minister demanding an independent public inquiry into the crush.\n\nThe trust said the families deserved answers.",
				"Families join call\n\n\"We will not rest until there is a public inquiry,\" said Mara Holt, who chairs the Kestrel Families Group.\n\nHolt said the families had written to every MP.",
			},
			want: nil,
		},
		{
			name: "rejection: one side rejects the other's offer as unacceptable",
			texts: []string{
				"Nurses reject pay offer\n\nThe Varden Nurses Association said the Varden Health Board offer of a 3% rise was unacceptable.\n\nThe association said its members would walk out on Monday.",
				"Health board defends offer\n\nThe Varden Health Board said its offer was the best it could afford.\n\nThe board said it had protected every ward.",
			},
			want: []string{"Varden Nurses Association / Varden Health Board"},
		},
		{
			name: "rejection: one side calls the other's offer insulting, the other calls it generous",
			texts: []string{
				"Pilots strike at Orla Air\n\nThe Orla Pilots Association said the airline's latest offer of a 4 percent rise was insulting.\n\nUnion spokesman Erik Dahl said pilots wanted 12 percent over two years.",
				"Airline defends offer\n\nOrla Air chief executive Tomas Berg said the airline's offer was generous.\n\nBerg said flights would resume on Thursday.",
			},
			want: []string{"Orla Pilots Association / Orla Air"},
		},
		{
			name: "refusal: a union says the government refuses, in a story that names no country",
			texts: []string{
				"Pension march\n\nUnion leader Ada Renn said the government had refused to negotiate on the pension age.\n\nRenn said the union would strike on March 3.",
				"Minister answers\n\nLabour Minister Ivo Marsh said the reform was needed to keep pensions paid.\n\nPrime Minister Lena Vask said the bill would pass in May.",
			},
			want: []string{"Union / Government"},
		},
		{
			name: "verdicts: one side calls the vote rigged, the other free and fair",
			texts: []string{
				"Opposition rejects result\n\nThe Vesk Freedom Party said the vote was rigged in dozens of districts.\n\nThe party said it would call protests on Wednesday.",
				"Commission defends count\n\nThe Central Electoral Commission said the vote had been free and fair.\n\nThe commission said turnout was 64% across the country on Sunday.",
			},
			want: []string{"Vesk Freedom Party / Central Electoral Commission"},
		},
		{
			name: "accusation: a word two sides' names share names the side it names by more words",
			texts: []string{
				"Union blames operator\n\nThe Maritime Workers' Union blamed the Carrow Ferry Company for the collision of two ferries.\n\nThe union said crews had warned managers for months.",
				"Operator and port answer\n\nThe Carrow Ferry Company said its crews had followed every procedure in the fog.\n\nThe Carrow Port Authority said it had opened an investigation into the collision.\n\nThe Carrow Port Authority said its findings would be published within 30 days.",
			},
			want: []string{"Maritime Workers' Union / Carrow Ferry Company"},
		},
		{
			name: "verdicts: one side hails a deal, the other finds it wanting",
			texts: []string{
				"Reef deal agreed\n\nSummit president Omar Kassem said the agreement was historic.\n\nKassem said every delegation had been heard.",
				"Island states unhappy\n\nThe Alliance of Reef Nations said the agreement was insufficient.\n\nThe alliance said its members would keep pressing for cuts.",
			},
			want: []string{"Omar Kassem / Alliance of Reef Nations"},
		},
		{
			name: "verdicts on two things are no dispute",
			texts: []string{
				"Reef deal agreed\n\nSummit president Omar Kassem said the agreement was historic.\n\nKassem said every delegation had been heard.",
				"Island states unhappy\n\nThe Alliance of Reef Nations said the funding for coastal defences was insufficient.\n\nThe alliance said its members would keep pressing for cuts.",
			},
			want: nil,
		},
		{
			name: "contrast: what the other side did instead",
			texts: []string{
				"Studios respond to strike\n\nThe Alliance of Stage Producers said: \"Rather than continuing to negotiate, the Players Guild has put us on a course that hurts thousands of workers.\"\n\nThe alliance said its offer raised pay.",
				"Players walk out\n\nPlayers Guild president Mara Quell said the walkout was the members' decision.\n\nQuell said the guild wanted a fair share of streaming income.",
			},
			want: []string{"Alliance of Stage Producers / Players Guild"},
		},
		{
			name: "figures: two values of one attribute",
			texts: []string{
				"Nurses want more\n\nThe Varden Nurses Association said its members wanted a 20% pay rise over two years.\n\nThe association said wards were short of staff.",
				"Board holds firm\n\nThe Varden Health Board said it had offered a 12% pay rise over two years.\n\nThe board said it had protected every ward.",
			},
			want: []string{"Varden Nurses Association / Varden Health Board [Pay rise]"},
		},
		{
			name: "figures: a demand against an offer",
			texts: []string{
				"Dockers' demand\n\nThe Korvel Dockers Union said its 15% demand was modest.\n\nThe union said cranes would cost jobs.",
				"Port's offer\n\nThe Selvan Port Company said its 9% offer was the best on the coast.\n\nThe company said the cranes were safe.",
			},
			want: []string{"Korvel Dockers Union / Selvan Port Company [Demand against offer]"},
		},
		{
			name: "figures: a sum asked for with a verb against an offer",
			texts: []string{
				"Dockers hold out\n\nThe Korvel Dockers Union said its members still wanted 14 percent over two years.\n\nThe union said cranes would cost jobs.",
				"Port's offer\n\nThe Selvan Port Company said its pay offer of 8% over two years was fair.\n\nThe company said the cranes were safe.",
			},
			want: []string{"Korvel Dockers Union / Selvan Port Company [Demand against pay offer]"},
		},
		{
			name: "figures: a verb of wanting before a figure of another attribute",
			texts: []string{
				"Dockers hold out\n\nThe Korvel Dockers Union said members wanted the 14 remote cranes scrapped.\n\nThe union said cranes would cost jobs.",
				"Port's offer\n\nThe Selvan Port Company said its pay offer of 8% over two years was fair.\n\nThe company said the cranes were safe.",
			},
		},
		{
			name: "figures: a side's figure of what the other did, or a supposition, is no position",
			texts: []string{
				"Drivers vote to strike\n\nThe Tarn Drivers Union said drivers voted to strike after the company offered a 12% pay rise.\n\nThe union said buses would stop on Monday.",
				"Operator answers\n\nTarn Transit chief executive Ivo Marsh said a 20% pay rise would cost 40 million euros a year.\n\nMarsh said talks could resume on Friday.",
			},
		},
		{
			name: "figures: two attributes that share a unit are no dispute",
			texts: []string{
				"Turnout high\n\nThe Ostrava Election Commission said turnout was 61% on Sunday.\n\nThe commission said counting would end on Monday.",
				"Mayor ahead\n\nMayor Lenka Dvorska's campaign said she had won 48% of the vote.\n\nThe campaign said she would speak on Monday.",
			},
		},
		{
			name: "accusation of 'the other side' in a story of two sides",
			texts: []string{
				"Budget talks\n\nGovernor Ilse Marren said the budget talks had gone on for three weeks.\n\nMarren said: \"It is time for the other side to drop its extreme demands.\"\n\nMarren said the state would keep paying its workers.",
				"Senate leader\n\nSenate leader Tomas Hale said the budget would be balanced by June.\n\nHale said the senate would meet on Friday.",
			},
			want: []string{"Governor's Office / Tomas Hale"},
		},
		{
			name: "a place named beside an accusation is no side accused",
			texts: []string{
				"Fighters cross\n\nHarth Rangers commander Ivo Dran accused army units of attacking his fighters before they crossed from Ukraine.\n\nDran said his men would march on.",
				"Kyiv watches\n\nUkrainian foreign minister Olena Marko said the border was calm.\n\nMarko said schools would open on Monday.",
			},
		},
		{
			name: "allies: two sides that say the same thing are no dispute",
			texts: []string{
				"Shops back the bypass\n\nThe Lennet Traders Association said the new bypass would bring shoppers back to the high street.\n\nThe association said parking would be easier.",
				"Hauliers welcome bypass\n\nThe Lennet Hauliers Federation said the new bypass would bring lorries off the high street.\n\nThe federation said journeys would be shorter.",
			},
		},
		{
			name: "allies: two sides that both turn on a third and not on each other",
			texts: []string{
				"Dam row deepens\n\nBelcaria's prime minister, Ivo Sarn, accused Tarvonia of using the river as a weapon.\n\nSarn said the water had not reached the southern fields for five weeks.",
				"Farmers protest\n\nThe Belcarian Farmers Federation accused Tarvonia of stealing the river.\n\nFederation president Ana Palan said the fields would get no water in May without a deal.",
				"Tarvonia answers Belcaria\n\nTarvonia's water minister, Oskar Demetr, said the dam had been filled lawfully under the treaty.\n\nDemetr said the river was low because the rain did not come.",
			},
			want: []string{"Belcarian Farmers Federation / Tarvonia", "Belcaria / Tarvonia"},
		},
		{
			name: "figures: two sides count their own people, not one set",
			texts: []string{
				"Guards clash on the Vetra\n\nBrevania's interior minister, Ivo Marsh, said three of their guards were wounded in the exchange of fire.\n\nMarsh said the boat had been on a routine patrol.",
				"Kalmora gives its account\n\nKalmora's interior ministry said two Kalmoran guards were wounded, one of them seriously.\n\nThe ministry said its guards had returned fire.",
			},
		},
		{
			name: "not only adds, it does not deny",
			texts: []string{
				"Mill closure\n\nThe Harth Millers Union said the closure would not only affect 300 workers at the mill but also the suppliers.\n\nThe union said it would seek talks.",
				"Mill owner\n\nOstrand Foods said the closure would affect 300 workers at the mill.\n\nOstrand Foods said it would offer retraining.",
			},
		},
		{
			name: "a condition asserts nothing to deny",
			texts: []string{
				"Border talks\n\nKeldor foreign minister Ana Ruell said there had been no progress on the river border.\n\nRuell said her envoy would travel on Friday.",
				"Border hopes\n\nBrannock foreign minister Olek Varga said any progress on the river border depended on sustained pressure.\n\nVarga said the next round would be held in Tesna in June.",
			},
		},
		{
			name: "affirm against deny on one point",
			texts: []string{
				"Border talks\n\nKeldor foreign minister Ana Ruell said there had been no progress on the river border.\n\nRuell said her envoy would travel on Friday.",
				"Border hopes\n\nBrannock foreign minister Olek Varga said real progress on the river border had been made this week.\n\nVarga said the next round would be held in Tesna in June.",
			},
			want: []string{"Keldor / Brannock"},
		},
		{
			name: "a negated verb does not deny the question it takes",
			texts: []string{
				"Quotas imposed\n\nVarda economy minister Ilse Morav said imports of Tolmar steel had surged by two fifths in a year.\n\nMorav said the quotas were lawful.",
				"Union backs quotas\n\nVarda Steelworkers Union leader Bela Hark said automation did not explain why the imports of Tolmar steel surged.\n\nHark said jobs were at risk.",
			},
		},
		{
			name: "a negated verb does not deny how a thing will be done",
			texts: []string{
				"Bridge plan\n\nOrlen city engineer Mara Tesk said the new bridge would be funded by a toll.\n\nTesk said work would begin in May.",
				"Council questions\n\nOrlen council leader Piet Doma said the engineers had not explained how the new bridge would be funded in later years.\n\nDoma said the council would vote in June.",
			},
		},
		{
			name: "a denial denied affirms",
			texts: []string{
				"Talks continue\n\nKeldor foreign minister Ana Ruell said her government had not dismissed the ceasefire proposal and remained open to talks.\n\nRuell said her envoy would travel on Friday.",
				"Mediators hopeful\n\nBrannock foreign minister Olek Varga said the ceasefire proposal remained open for discussion.\n\nVarga said talks would resume.",
			},
		},
		{
			name: "a second negation affirms: not one without",
			texts: []string{
				"Nurses strike\n\nThe Harth Nurses Union said not one patient on the cancer ward would go without a nurse.\n\nThe union said the strike would last two days.",
				"Board counts cost\n\nThe Harth Health Board said patients on the cancer ward were paying the price of the strike.\n\nThe board said its offer was fair.",
			},
		},
		{
			name: "a condition makes a threat, not a denial: not until",
			texts: []string{
				"Dockers dig in\n\nThe Orsk Dockers Union said not a single container would move through the port until the company paid the bonus.\n\nThe Orsk Dockers Union said pickets would stay at the gates.",
				"Shipper adds fee\n\nOstmark Shipping, which moves a fifth of the containers through the port, said it would add a surcharge.\n\nOstmark Shipping said it would reroute two ships.",
			},
		},
		{
			name: "a comparative makes a superlative: nothing matters more than",
			texts: []string{
				"Recall widens\n\nVeltro Bikes said nothing mattered more to the company than the riders who used its batteries.\n\nVeltro Bikes said refunds would start on Monday.",
				"Riders hurt\n\nThe Riders Alliance said riders had been burned in three battery fires.\n\nThe alliance said it wanted a public register of fires.",
			},
		},
		{
			name: "fail refuses only with an infinitive",
			texts: []string{
				"Valve blamed\n\nFerrin Chemicals said a valve on a settling tank at the works had failed last Thursday.\n\nFerrin Chemicals said the leak had stopped.",
				"Residents angry\n\nThe Clean Tarn Group said members had seen foam on the water below the works since May.\n\nThe group said it would petition the agency.",
			},
		},
		{
			name: "a negated infinitive denies only what follows it",
			texts: []string{
				"Strike grounds flights\n\nBrenholt Airport advised travellers not to come to the terminal on Friday.\n\nBrenholt Airport said shops would stay open.",
				"Airline hits out\n\nSkarn Air chief executive Mila Ost said the pilots were holding travellers hostage.\n\nOst said the airline would cancel 200 flights.",
			},
		},
		{
			name: "what one side advises, it does not assert",
			texts: []string{
				"Agency warns\n\nThe Tarn Water Agency advised people in the town to keep their dogs out of the river.\n\nThe agency said results were due on Friday.",
				"Plant answers\n\nFerrin Chemicals said there was no harm to people in the town from the leak.\n\nFerrin Chemicals said the valve had been replaced.",
			},
		},
		{
			name: "allies: one reports a third party's refusal, the other urges it",
			texts: []string{
				"Bid goes hostile\n\nBarrow Holdings said the Kelm board had refused to engage with its offer.\n\nBarrow Holdings said the offer was fully financed.",
				"Investor speaks\n\nFennick Partners, which holds 5% of Kelm, urged the Kelm board to engage with the bidder.\n\nFennick Partners said it would back a higher price.",
			},
		},
		{
			name: "a subordinate clause bounds a negation",
			texts: []string{
				"Fares rise\n\nMayor Lena Orvik said the Eastgate depot cost more because the contractor had not finished the roof.\n\nOrvik said fares would rise in June.",
				"Riders object\n\nThe Tarn Riders Union said the Eastgate depot had been built in a flood zone.\n\nThe union said it would protest at City Hall.",
			},
		},
		{
			name: "one word in two parts of speech names no point",
			texts: []string{
				"Truce holds\n\nEstmark foreign minister Ola Lind said the truce was wounded but was not dead.\n\nLind said envoys would meet on Friday.",
				"Shelling kills six\n\nThe Korsk defence ministry said the dead included two children.\n\nThe ministry said the shelling lasted an hour.",
			},
		},
		{
			name: "two sides judge one quality apart: not safe against no risk",
			texts: []string{
				"Residents warn\n\nThe Clean Tarn Group said the river water was not safe for children.\n\nThe group said its petition had 2,000 names.",
				"Plant answers\n\nFerrin Chemicals said the river water posed no risk to anyone in the town.\n\nFerrin Chemicals said it was working with the agency.",
			},
			want: []string{"Clean Tarn Group / Ferrin Chemicals"},
		},
		{
			name: "a negated infinitive denies what follows it",
			texts: []string{
				"Hospital saved\n\nHarth health minister Ilse Varn said the ministry had decided not to close the Tarn maternity ward.\n\nVarn said the budget would rise in May.",
				"Nurses doubt it\n\nThe Harth Nurses Union said the ministry would close the Tarn maternity ward in June.\n\nThe Harth Nurses Union said members would march on Friday.",
			},
			want: []string{"Harth / Harth Nurses Union"},
		},
		{
			name: "two sides label one measure apart: a lawful safeguard against protectionism",
			texts: []string{
				"Quotas imposed\n\nVarda economy minister Ilse Morav said the steel quotas were a lawful safeguard.\n\nMorav told parliament that mills in the north were running at half capacity.",
				"Neighbour objects\n\nTolmar trade minister Pavel Ruzh called the steel quotas plain protectionism.\n\nRuzh said Tolmar would go to the trade council.",
			},
			want: []string{"Varda / Tolmar"},
		},
		{
			name: "what must be, a side does not judge: any safeguard must be justified",
			texts: []string{
				"Neighbour objects\n\nTolmar trade minister Pavel Ruzh called the steel quotas plain protectionism.\n\nRuzh said Tolmar would go to the trade council.",
				"Council speaks\n\nThe Trade Council said any safeguard on steel quotas must be lawful under its rules.\n\nThe Trade Council said a panel would meet in June.",
			},
		},
		{
			name: "without before a gerund says how, not whether",
			texts: []string{
				"Fares rise\n\nMayor Lena Orvik said the fare rise was the only way to close the bus deficit without cutting night service.\n\nOrvik said the council had voted for it.",
				"Council divided\n\nCouncillor Ada Brenn said every other plan for the bus deficit meant cutting night service.\n\nBrenn said she had voted for the fare rise.",
			},
		},
		{
			name: "without before a noun denies",
			texts: []string{
				"Town dry\n\nThe Merrow Residents Association said the east of the town was still without water on Sunday.\n\nThe Merrow Residents Association said it had handed out bottles at the school.",
				"Utility answers\n\nTarn Water said water was flowing again to every home in the east of the town.\n\nTarn Water said the main had been repaired.",
			},
			want: []string{"Merrow Residents Association / Tarn Water"},
		},
		{
			name: "without after a noun denies only what follows it",
			texts: []string{
				"Actors back film\n\nOrla Vane said she had read only a small part of the script without the ending, so she asked for all of it.\n\nOrla Vane said shooting would start in May.",
				"Director speaks\n\nPiet Alder said the script was the best he had read in years.\n\nPiet Alder said the film would open in the autumn.",
			},
		},
		{
			name: "a relative clause after a negated verb is a clause of its own",
			texts: []string{
				"Actors back film\n\nOrla Vane said there were people she hadn't met who were telling the same story in the script.\n\nOrla Vane said shooting would start in May.",
				"Director speaks\n\nPiet Alder said the story in the script was a true one.\n\nPiet Alder said the film would open in the autumn.",
			},
		},
		{
			name: "a negation does not reach into another sentence of a quotation",
			texts: []string{
				"Residents angry\n\n\"We asked the agency to test the river water in May. It never came,\" said Ida Farr of the Merrow Residents Association.\n\nThe Merrow Residents Association said it had handed out bottles at the school.",
				"Agency answers\n\nThe Tarn Water Agency said tests of the river water would be complete on Friday.\n\nThe Tarn Water Agency said it had told people to keep their dogs away.",
			},
		},
		{
			name: "a noun that modifies another names another thing",
			texts: []string{
				"Maker defends packs\n\nVeltro Bikes said its engineers had found no fault in the cells themselves.\n\nVeltro Bikes said refunds would start on Monday.",
				"Regulator widens inquiry\n\nThe Tarn Safety Authority said the recall could cover two other models that share the same cell housing.\n\nThe Tarn Safety Authority said its inquiry would end in May.",
			},
		},
		{
			name: "a point named under other is another referent: not possible on other platforms",
			texts: []string{
				"Tarnco launches console\n\n\"Vesk has been built from the ground up to be a cloud platform,\" Ivo Marsh, director for games at Tarnco, tells the Tarn Herald. \"You will see a number of things that Vesk can do that are not possible on other platforms.\"\n\nMarsh said the console would ship in May.",
				"Studio backs console\n\nOrla Games founder Ada Renn said the studio would bring two games to Vesk.\n\nWhile the Vesk lineup is light on exclusive titles (only three have been announced), Renn says there is a possibility that future Orla games could be built and launched specifically for the platform.",
			},
		},
		{
			name: "a noun that modifies another in both is one point",
			texts: []string{
				"Nurses walk out\n\nThe Varden Nurses Union said there was no pay offer on the table.\n\nThe Varden Nurses Union said members would walk out on Monday.",
				"Board answers\n\nThe Varden Health Board said its pay offer had been on the table since May.\n\nThe Varden Health Board said wards would stay open.",
			},
			want: []string{"Varden Nurses Union / Varden Health Board"},
		},
		{
			name: "an act with no object in one names no point: sing alone and sing a hymn",
			texts: []string{
				"Festival opens\n\nThe Orlen Choral Society said its tenors could not sing like that any more.\n\nThe Orlen Choral Society said ticket sales had doubled since March.",
				"Hall reopens\n\nThe Varne Arts Trust said the visiting choir would sing the old harvest hymn at the opening concert.\n\nThe trust said the roof had been mended.",
			},
		},
		{
			name: "an act before a question names no point: did not know whether",
			texts: []string{
				"Ferry halted\n\nMayor Ilse Brandt said she did not know whether the ferry would run in winter.\n\nBrandt said buses would run on the coast road.",
				"Pilots speak\n\nHarbour Works said its pilots know every rock in the channel.\n\nHarbour Works said its crews were ready.",
			},
		},
		{
			name: "an act in the passive and in the active names no point: held meetings and held at",
			texts: []string{
				"Schools row\n\nThe Tarn School Board said it had held nine open meetings since March.\n\nThe board said two schools would merge.",
				"Town answers\n\nThe Mayor's Office said the town grant had been held at $3 million for two years and had not been cut.\n\nThe Mayor's Office said it had no vote on the board.",
			},
		},
		{
			name: "an act both do to a thing is one point: found no fault against found a fault",
			texts: []string{
				"Maker defends packs\n\nVeltro Bikes said its engineers had found no fault in the battery packs.\n\nVeltro Bikes said refunds would start on Monday.",
				"Testers disagree\n\nThe Tarn Consumer League said its engineers had found a wiring fault in the battery packs.\n\nThe Tarn Consumer League said owners should stop charging them.",
			},
			want: []string{"Veltro Bikes / Tarn Consumer League"},
		},
		{
			name: "a participle graded as a state is not the noun of its verb: very moved against the move",
			texts: []string{
				"Embassy move condemned\n\nThe Velmar League said it would not accept the unilateral move to shift the embassy.\n\nThe Velmar League said its ministers would meet in Orsk on Friday.",
				"Ally welcomes it\n\nOstria prime minister Ivo Tarn said he was very moved by the embassy decision.\n\nTarn said Ostria would send a delegation.",
			},
		},
		{
			name: "an indefinite subject of would asserts nothing: a guilty plea would, against pleaded not guilty",
			texts: []string{
				"Guard in court\n\nThe Tarn Prison Officers Union said its member Ivo Marsk had pleaded not guilty to the charge.\n\nThe Tarn Prison Officers Union said Marsk would return to work.",
				"Prosecutor speaks\n\nThe Tarn Prosecution Service said a guilty plea would spare the family a long trial.\n\nThe Tarn Prosecution Service said the trial would open in May.",
			},
		},
		{
			name: "an indefinite subject of could asserts nothing: a strike could, against no strike",
			texts: []string{
				"Port calm\n\nThe Harth Port Company said there would be no strike on the docks this winter.\n\nThe Harth Port Company said new cranes would arrive in March.",
				"Dockers warn\n\nThe Korvel Dockers Union said a strike could cost exporters a month of trade.\n\nThe Korvel Dockers Union said its members would meet on Friday.",
			},
		},
		{
			name: "a word of the speaker's own name names the speaker: the town both sides are named after",
			texts: []string{
				"Council angry\n\nTarn Harbour Council's leader, Ida Voss, accused the water agency of ignoring a warning.\n\nVoss said the council would write to ministers.",
				"Anglers grieve\n\nThe Tarn Anglers Club said the river had lost its trout.\n\nThe Tarn Anglers Club said restocking would take years.",
			},
		},
		{
			name: "a word of the speaker's own name names the speaker: a word two blocs share",
			texts: []string{
				"Tariffs condemned\n\nThe Northern Timber Alliance on Monday accused the southern bloc of reckless escalation.\n\nThe alliance said it would go to the trade court.",
				"Farmers fear losses\n\nThe Northern Dairy Federation said 6,000 farm jobs could go if the tariffs stayed.\n\nThe Northern Dairy Federation said it would lobby ministers.",
			},
		},
		{
			name: "the kind of body a side's name ends with names it: the board",
			texts: []string{
				"Nurses walk out\n\nThe Harth Nurses Union accused the board of hiding the staffing figures.\n\nThe union said wards were short of staff.",
				"Board answers\n\nThe Varden Health Board said it had published every staffing figure.\n\nThe Varden Health Board said its offer stood.",
			},
			want: []string{"Harth Nurses Union / Varden Health Board"},
		},
		{
			name: "an act charged is no stand of the speaker: pleaded guilty to threatening",
			texts: []string{
				"Man admits threats\n\nThe Tarn Prosecutor's Office said Ivo Marsk, 40, pleaded guilty to threatening a Velmar Council official.\n\nThe Tarn Prosecutor's Office said sentencing would be in May.",
				"Council speaks\n\nThe Velmar Council said its staff had been shaken by the threats.\n\nThe Velmar Council said it would review security at its offices.",
			},
		},
		{
			name: "an act charged is no stand of the speaker: charged with attacking",
			texts: []string{
				"Fan charged\n\nHarth police said a 22-year-old man had been charged with attacking a Korvel Rovers steward.\n\nHarth police said he would appear in court on Monday.",
				"Club speaks\n\nKorvel Rovers said the steward was recovering at home.\n\nKorvel Rovers said the man would be banned from its ground.",
			},
		},
		{
			name: "a title before a name names no point: Vice President",
			texts: []string{
				"Envoy testifies\n\nEnvoy Ada Lind said she did not think that raising Vice President Orvik in the call was part of the policy.\n\nLind said the aid had been released in September.",
				"Aide testifies\n\nAide Ivo Marsk said the mention of Vice President Orvik struck him as political.\n\nMarsk said he had told the legal counsel.",
			},
		},
		{
			name: "a title before a name names no point: Prime Minister",
			texts: []string{
				"Opposition speaks\n\nOpposition leader Ada Lind said Prime Minister Orvik had not kept his promise on rents.\n\nLind said her party would table a motion.",
				"Landlords speak\n\nThe Tarn Landlords Guild said Prime Minister Orvik had met its members in March.\n\nThe Tarn Landlords Guild said its members owned 9,000 homes.",
			},
		},
		{
			name: "a unit of measure names no point: kilometres",
			texts: []string{
				"Shells hit village\n\nThe Varden Defence Ministry said there was no gun position within four kilometres of the village.\n\nThe Varden Defence Ministry said two homes had burned.",
				"Monitors speak\n\nThe Tarn Monitoring Mission said both armies had pledged to keep their guns twenty kilometres from the river.\n\nThe Tarn Monitoring Mission said its patrols would resume.",
			},
		},
		{
			name: "a unit of measure names no point: miles",
			texts: []string{
				"March passes off\n\nThe Orlen police said no officer had been posted within two miles of the march.\n\nThe Orlen police said three people were arrested.",
				"Marchers speak\n\nThe Harth Marchers Group said the march had covered six miles through the city.\n\nThe Harth Marchers Group said 5,000 people took part.",
			},
		},
		{
			name: "a negation in a second predicate does not reach the first one's object: attended the meeting but has no vote",
			texts: []string{
				"Schools row\n\nThe Harth School Board said it had held six budget meetings since March.\n\nThe Harth School Board said two schools would merge.",
				"Mayor speaks\n\nThe Mayor's Office said the mayor attended the budget meeting but has no vote on the board.\n\nThe Mayor's Office said the town grant would stay at $3 million.",
			},
		},
		{
			name: "a negation in a second predicate does not reach the first one's object: attended the pay meeting but had no mandate",
			texts: []string{
				"Pay talks\n\nThe Harth Port Company said it had held three pay meetings since June.\n\nThe Harth Port Company said its cranes were safe.",
				"Union speaks\n\nThe Korvel Dockers Union said its negotiator attended the pay meeting but had no mandate to sign.\n\nThe Korvel Dockers Union said it would strike on Monday.",
			},
		},
		{
			name: "an embedded question asserts nothing: how parents were consulted",
			texts: []string{
				"Review ordered\n\nThe Tarn Health Department said its review would look closely at how parents were consulted.\n\nThe Tarn Health Department said the review would take 30 days.",
				"Board answers\n\nThe Varden School Board rejects the charge that parents were ignored.\n\nThe Varden School Board said classes would stay open.",
			},
		},
		{
			name: "an embedded question asserts nothing: why the river flooded",
			texts: []string{
				"Inquiry opens\n\nThe Tarn Water Agency said its inquiry would ask why the river flooded the lower town.\n\nThe Tarn Water Agency said rainfall had been twice the usual in March.",
				"Council answers\n\nThe Harth Town Council denied that the river had flooded the lower town through its drains.\n\nThe Harth Town Council said the drains had been cleared in March.",
			},
		},
		{
			name: "fail with an infinitive turns on the side that failed",
			texts: []string{
				"Bakers walk out\n\nThe Harth Bakers Union said Ostrand Foods failed to pay the winter bonus.\n\nThe union said members would strike on Monday.",
				"Bakery answers\n\nOstrand Foods said the winter bonus had been paid to every baker in March.\n\nOstrand Foods said talks would resume.",
			},
			want: []string{"Harth Bakers Union / Ostrand Foods"},
		},
	})
}

// A side is never in dispute with itself under another name.
func TestOneActor(t *testing.T) {
	keys := func(party string, speakers ...string) actorKeys {
		k := actorKeys{party: party, speakers: map[string]int{}, name: map[string]bool{}}
		for _, w := range strings.Fields(party) {
			if !genericNameWord(w) {
				for _, s := range terms(w) {
					k.name[s] = true
				}
			}
		}
		for _, sp := range speakers {
			k.members++
			for _, s := range terms(sp) {
				k.speakers[s]++
			}
		}
		return k
	}
	for _, tc := range []struct {
		name string
		a, b actorKeys
		want bool
	}{
		{"one name opens the other", keys("Ostrand"), keys("Ostrand Foods"), true},
		{"a demonym opens the other", keys("Russia"), keys("Russian Foreign Ministry"), true},
		{"one person speaks for both", keys("Tarn Workers", "vesely"), keys("Hana Vesely", "vesely"), true},
		{"a speaker's surname is the other side's name", keys("Qadiri Movement"), keys("Sefra", "qadiri"), true},
		{"two countries", keys("United States", "trump"), keys("United Kingdom", "sunak"), false},
		{"a union and a company", keys("Drivers", "vesely"), keys("Corvo Transit", "amaral"), false},
		{"a speaker misread once under the other side", keys("Pilots' Association", "erlacher", "maelor", "erlacher", "maelor", "oldenkamp"),
			keys("Skyvale Airways", "oldenkamp", "reyle", "oldenkamp"), false},
	} {
		if got := oneActor(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: oneActor = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A dispute's topic is what a reader would call it: a noun phrase, or the
// charges one side makes against the other.
func TestDisputeTopics(t *testing.T) {
	for _, tc := range []struct {
		texts []string
		want  string
	}{
		{[]string{
			"Quarry row deepens\n\nMayor Odile Franck accused Brenholt Aggregates of breaking the noise limits at the Tarn quarry.\n\nFranck said residents had complained for months.",
			"Quarry owner answers\n\nBrenholt Aggregates said in a statement that the Tarn plant had kept its dust levels low.\n\nThe company said it would publish its readings.",
		}, "Charges against Brenholt Aggregates"},
		{[]string{
			"Port plan\n\nUnion general secretary Dmitri Sorok said the automation plan would cost 900 jobs at the port.\n\nSorok said members would stay out until the company put its promises in writing.",
			"Port operator\n\nSelvan Port Company chief executive Anna Brandt said the automation plan would not cost a single job.\n\nBrandt said the company's pay offer was fair.",
		}, "Automation plan"},
	} {
		arts := testArticles(t, tc.texts...)
		ds := partyDisputes(storyClaims(arts), arts)
		if len(ds) == 0 || ds[0].Topic != tc.want {
			var got []string
			for _, d := range ds {
				got = append(got, d.Topic)
			}
			t.Errorf("topics = %q, want first %q", got, tc.want)
		}
	}
}

// A word the story also registers as a name ("Exporters say...") is a
// common word where a statement writes it in lower case, and may name the
// point in dispute; written as a name, it may not.
func TestNameWordsAsTopics(t *testing.T) {
	c := oneClaim(0, "Ministry", "ministry", "a", "The ministry said exporters would keep their licences, the Exporters Guild said.", "")
	names := map[string]bool{}
	for _, s := range terms("Exporters Guild") {
		names[s] = true
	}
	w := wordsOf(c, names)
	stem := terms("exporters")[0]
	if _, ok := w.stems[stem]; !ok {
		t.Errorf("stems %v: want %q, written in lower case, as a word that can name a point", w.stems, stem)
	}
	if _, ok := w.stems[terms("guild")[0]]; ok {
		t.Errorf("stems %v: want the name %q left out", w.stems, "Guild")
	}
}
