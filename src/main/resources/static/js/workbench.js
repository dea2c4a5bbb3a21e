// The workbench's only script: CSRF header for htmx requests, and the ECharts bar charts drawn from data-chart.
(function () {
  'use strict';

  function csrf(name) {
    var meta = document.querySelector('meta[name="' + name + '"]');
    return meta ? meta.getAttribute('content') : null;
  }

  // Writes through htmx carry the token the server put in the page (a GET needs none, but it does no harm).
  document.addEventListener('htmx:configRequest', function (event) {
    var header = csrf('csrf-header');
    var token = csrf('csrf-token');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  // Budget execution against time progress, one pair of horizontal bars per project; null means not judged yet.
  function drawCharts(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-chart]').forEach(function (element) {
      var data = JSON.parse(element.getAttribute('data-chart'));
      element.style.height = Math.max(160, data.projects.length * 30 + 60) + 'px';
      var chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'svg' });
      chart.setOption({
        animation: false,
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        legend: { top: 0 },
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
        xAxis: { type: 'value', max: function (v) { return Math.max(100, Math.ceil(v.max / 10) * 10); },
                 axisLabel: { formatter: '{value}%' } },
        yAxis: { type: 'category', inverse: true, data: data.projects,
                 axisLabel: { width: 140, overflow: 'truncate' } },
        series: [
          { name: data.executionLabel, type: 'bar', data: data.execution, itemStyle: { color: '#2f6fb5' } },
          { name: data.progressLabel, type: 'bar', data: data.progress, itemStyle: { color: '#b8c2cc' } }
        ]
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  document.addEventListener('htmx:afterSettle', function (event) { drawCharts(event.target); });
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = typeof echarts === 'undefined' ? null : echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
}());
