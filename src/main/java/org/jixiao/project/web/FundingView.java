package org.jixiao.project.web;

import org.jixiao.project.Funding;

/** Funding for the whole period (实施期) and for the year (年度), in yuan. */
public record FundingView(Funding period, Funding annual) {
}
