/**
 * What every page shares: the chosen language, messages from the bundles, formats for dates and
 * money in bg-BG and Europe/Sofia, and the filters that every request passes.
 */
package bg.omegasoft.shared.web;
