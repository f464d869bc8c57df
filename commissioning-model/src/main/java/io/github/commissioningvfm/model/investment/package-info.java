/**
 * The Mental Health Investment Standard (MHIS): each integrated care board's (before July 2022,
 * each clinical commissioning group's) spending on mental health within the standard must grow at
 * least in line with the growth of its overall allocation. Spend on learning disability, autism,
 * dementia, ADHD and specialised commissioning, and service development (transformation) funding,
 * is outside the standard. {@link io.github.commissioningvfm.model.investment.MhisAssessment}
 * checks a series of years and explains each pass or fail, with the shortfall in pounds.
 */
package io.github.commissioningvfm.model.investment;
