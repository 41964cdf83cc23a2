package org.openbsn.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** What a person sees of a Vaadin grid: its header cells, and whether its columns fit without scrolling sideways. */
final class Grids {

    private Grids() {
    }

    static Locator header(Page page, String gridId, String text) {
        return page.locator("#" + gridId + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    /** True when every column of the grid shows in its width, with no horizontal scroll bar. */
    static boolean fitsWithoutHorizontalScroll(Page page, String gridId) {
        return (Boolean) page.locator("#" + gridId).evaluate(
                "grid => { const table = grid.shadowRoot.querySelector('#table'); return table.scrollWidth <= table.clientWidth; }");
    }

    /** True when the header cell showing {@code text} lies wholly inside the grid's visible width. */
    static boolean columnShown(Page page, String gridId, String text) {
        return (Boolean) page.locator("#" + gridId).evaluate("""
                (grid, text) => {
                  const header = [...grid.querySelectorAll('vaadin-grid-cell-content')].find(c => c.textContent.trim() === text);
                  if (!header) return false;
                  const g = grid.getBoundingClientRect(), h = header.getBoundingClientRect();
                  return h.width > 0 && h.left >= g.left && h.right <= g.right;
                }""", text);
    }
}
