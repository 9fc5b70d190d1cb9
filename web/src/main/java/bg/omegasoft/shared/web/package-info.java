/**
 * What every page shares: the chosen language, messages from the bundles, formats for dates and
 * money in bg-BG and Europe/Sofia, the one chart builder ({@link
 * bg.omegasoft.shared.web.BarChart}), and the filters that every request passes. The form tags
 * (o:text, o:select, ...) live beside the templates in WEB-INF/tags.
 */
package bg.omegasoft.shared.web;
