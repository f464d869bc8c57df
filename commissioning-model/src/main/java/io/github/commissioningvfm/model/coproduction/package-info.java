/**
 * Who takes part in commissioning, and in which mode it runs. Sheaff et al. (2024), HSDR 12(39),
 * found two modes in parallel (ch. 4 and ch. 7): commodified commissioning (principal and agent,
 * competitive procurement, control through contract terms and monitoring) and collaborative
 * commissioning (co-production, negotiated division of labour, alliances), with most localities
 * hybrids. VCSEs take part along a spectrum "from invited consultee to adviser to 'strategic
 * partner'" (ch. 7, source line 2607), and as co-designers, co-deliverers and co-assessors
 * (Loeffler and Bovaird's types, ch. 1, line 544). Taking part in design could bar a VCSE from
 * bidding (ch. 4, line 1258), and tenders were issued "without much time for bidding".
 */
package io.github.commissioningvfm.model.coproduction;
