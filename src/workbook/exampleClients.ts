import type { Cell } from "../method";

/** One example client: name, revenue of three years, potential, and the four answers (Ja = true). */
type Example = [string, number, number, number, number, boolean, boolean, boolean, boolean];

/** Twenty fictional Flemish clients, as the article's exercise asks: the 20 biggest of the last years. */
const EXAMPLE_CLIENTS: readonly Example[] = [
  ["Brouwerij De Leeuw", 182000, 195000, 210000, 60000, true, true, false, true],
  ["Bouwgroep Janssens", 240000, 228000, 251000, 20000, false, false, false, true],
  ["Drukkerij Peeters", 41000, 39000, 44000, 5000, false, true, false, false],
  ["Bakkerij Van den Broeck", 12000, 13500, 14000, 2000, false, false, true, false],
  ["Logistiek Maes", 96000, 104000, 118000, 45000, true, true, true, false],
  ["Tuincentrum Claes", 22000, 21000, 23000, 15000, true, true, true, true],
  ["Architecten Wouters & Co", 35000, 42000, 51000, 30000, true, false, true, true],
  ["Garage Goossens", 18000, 17500, 16000, 0, false, false, false, false],
  ["Hotel Het Anker", 67000, 71000, 69000, 10000, true, false, false, true],
  ["Zorggroep Sint-Jozef", 155000, 162000, 170000, 25000, false, false, true, true],
  ["Fietsen Dubois", 9000, 11000, 15000, 20000, true, true, true, false],
  ["Advocatenkantoor Lambrecht", 58000, 61000, 63000, 5000, true, true, false, true],
  ["Slagerij Mertens", 7500, 8000, 8200, 1000, false, true, false, false],
  ["IT-Partners Gent", 88000, 120000, 140000, 80000, true, true, true, true],
  ["Schoonmaak Willems", 31000, 29000, 27000, 0, false, false, false, false],
  ["Kinderopvang De Speeltuin", 14000, 15000, 16500, 4000, true, true, false, false],
  ["Transport Verstraete", 110000, 99000, 105000, 10000, false, true, false, false],
  ["Webshop Lunet", 26000, 34000, 47000, 40000, true, true, true, false],
  ["Notariaat De Smet", 44000, 46000, 45000, 3000, true, true, false, true],
  ["Installatietechniek Jacobs", 73000, 69000, 80000, 15000, false, true, true, false],
];

/** The example clients as table rows, with answers spelled in the given words for yes and no. */
export function exampleRows(yes: string, no: string): Cell[][] {
  return EXAMPLE_CLIENTS.map(([name, y1, y2, y3, potential, ...answers]) => [
    name,
    y1,
    y2,
    y3,
    potential,
    ...answers.map((a) => (a ? yes : no)),
  ]);
}
