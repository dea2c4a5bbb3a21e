package org.jixiao.calendar;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The statutory calendar: bundled years plus those an operator drops into {@code jixiao.calendar.directory}. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    WorkingCalendar workingCalendar(@Value("${jixiao.calendar.directory:}") String directory) {
        WorkingCalendar calendar = WorkingCalendar.load(directory.isBlank() ? List.of() : List.of(Path.of(directory)));
        log.info("Statutory calendar covers {}", calendar.years());
        return calendar;
    }
}
