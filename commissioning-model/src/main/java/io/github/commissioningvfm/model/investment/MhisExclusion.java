package io.github.commissioningvfm.model.investment;

import io.github.commissioningvfm.model.provenance.Provenance;

/**
 * Spend that does not count towards the Mental Health Investment Standard, each with its source:
 * NHS England, "Mental Health Investment Standard (MHIS): categories of mental health expenditure"
 * (notes to the categories), and the Department of Health and Social Care's answer to written
 * question 40761 (2 April 2025), which lists learning disabilities, autism, dementia and
 * specialised commissioning as outside the standard's calculation.
 *
 * @since 0.1.0
 */
public enum MhisExclusion {
  /** Learning disability services, unless accessed for a co-occurring mental health need. */
  LEARNING_DISABILITY("learning disability", Sources.CATEGORIES),
  /** Autism services, unless accessed for a co-occurring mental health need. */
  AUTISM("autism", Sources.CATEGORIES),
  /** Dementia. */
  DEMENTIA("dementia", Sources.DHSC_ANSWER),
  /** NHS England's specialised commissioning (not ICB spend). */
  SPECIALISED_COMMISSIONING("specialised commissioning", Sources.DHSC_ANSWER),
  /** Attention deficit hyperactivity disorder, reported in its own ledger category. */
  ADHD("ADHD", Sources.CATEGORIES),
  /** Service development (transformation) funding and spending review allocations, counted separately. */
  SERVICE_DEVELOPMENT_FUNDING("service development (transformation) funding", Sources.CATEGORIES);

  private final String label;
  private final Provenance source;

  MhisExclusion(String label, Provenance source) {
    this.label = label;
    this.source = source;
  }

  /**
   * The exclusion in words.
   *
   * @return e.g. "dementia"
   */
  public String label() {
    return label;
  }

  /**
   * Where the exclusion is published.
   *
   * @return the source
   */
  public Provenance source() {
    return source;
  }

  private static final class Sources {
    static final Provenance CATEGORIES = Provenance.of("NHS England, Mental Health Investment Standard (MHIS): "
        + "categories of mental health expenditure", "current", "mhis.categories", "notes preceding the categories");
    static final Provenance DHSC_ANSWER = Provenance.of("Department of Health and Social Care, answer to written "
        + "question on Mental Health Services: Finance (asked 24 March 2025)", "2 April 2025", "mhis.dhsc-answer",
        "note to the table of ICBs meeting the standard");

    private Sources() {
    }
  }
}
