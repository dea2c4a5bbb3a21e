package org.jixiao.workbench;

import java.util.List;

/** One page of the portfolio and how many projects match in all. */
public record PortfolioPage(List<PortfolioEntry> items, int page, int size, long total) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
