/*
 * The extender of every p:chart (extender="omexChart"): the tooltips show each value as the
 * server wrote it with the house formats (the series' "formatted" array, see BarChart), so a chart
 * reads the same as the page around it.
 */
function omexChart() {
  var options = this.cfg.config.options || (this.cfg.config.options = {});
  options.plugins = options.plugins || {};
  options.plugins.tooltip = options.plugins.tooltip || {};
  options.plugins.tooltip.callbacks = {
    label: function (context) {
      var formatted = context.dataset.formatted;
      var value = formatted ? formatted[context.dataIndex] : context.formattedValue;
      return context.dataset.label + ': ' + value;
    }
  };
}
