package org.jixiao.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The Helm chart under helm/jixiao, linted and rendered with the Helm library that helm-java bundles (no helm CLI, no
 * cluster, no network). Rendering uses the release name {@value #RELEASE}, so the chart's own objects are called
 * {@value #FULLNAME} and can be told apart from the production values' existing Secret.
 */
class HelmChartTests {

    private static final Path CHART = Path.of("helm", "jixiao");
    private static final String RELEASE = "perf";
    private static final String FULLNAME = "perf-jixiao";
    private static final String NAMESPACE = "jixiao";
    private static final String DATABASE_URL = "r2dbc:postgresql://postgresql.jixiao.svc:5432/jixiao";
    private static final String EXISTING_SECRET = "jixiao-env";

    static Stream<String> ciValuesFiles() throws IOException {
        try (Stream<Path> files = Files.list(CHART.resolve("ci"))) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("-values.yaml")).sorted().toList();
            assertThat(names).contains("default-values.yaml", "monitoring-values.yaml", "production-values.yaml");
            return names.stream();
        }
    }

    // --- lint ---------------------------------------------------------------------------------------------------

    /**
     * helm-java's lint takes no values files, and the chart cannot be linted without a database. So each CI values
     * file is merged into a copy of the chart's values.yaml (maps merged key by key, anything else replaced, as Helm
     * merges values) and that copy is linted, strictly: warnings fail too.
     */
    @ParameterizedTest
    @MethodSource("ciValuesFiles")
    void theChartLintsCleanWith(String valuesFile, @TempDir Path temporary) throws IOException {
        Path copy = copyChartWithValues(temporary, CHART.resolve("ci").resolve(valuesFile));

        LintResult result = new Helm(copy).lint().strict().call();

        assertThat(result.getMessages()).as("lint messages").noneMatch(message -> message.contains("[ERROR]")
                || message.contains("[WARNING]"));
        assertThat(result.isFailed()).as("lint failed: %s", result.getMessages()).isFalse();
    }

    // --- documentation -------------------------------------------------------------------------------------------

    @Test
    void everyValueIsDocumentedInValuesYamlAndTheChartReadme() throws IOException {
        String valuesYaml = Files.readString(CHART.resolve("values.yaml"));
        String readme = Files.readString(CHART.resolve("README.md"));
        List<String> documented = valuesYaml.lines().map(String::strip).filter(line -> line.startsWith("## @param "))
                .map(line -> line.split(" ")[2]).toList();

        assertThat(map(new Yaml().load(valuesYaml)).keySet()).as("top-level values without ## @param")
                .allMatch(key -> documented.stream().anyMatch(name -> name.equals(key) || name.startsWith(key + ".")));
        assertThat(documented).as("## @param values missing from the table in helm/jixiao/README.md")
                .allMatch(name -> readme.contains("| `" + name + "` |"));
    }

    // --- every rendering ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("ciValuesFiles")
    void everyObjectHasAnApiVersionAKindANameAndTheChartLabels(String valuesFile) {
        List<Map<String, Object>> objects = render(valuesFile);

        assertThat(objects).isNotEmpty().allSatisfy(object -> {
            assertThat(object.get("apiVersion")).as("apiVersion of %s", object).isInstanceOf(String.class);
            assertThat(object.get("kind")).as("kind of %s", object).isInstanceOf(String.class);
            assertThat(at(object, "metadata.name")).as("name of %s", object.get("kind")).isInstanceOf(String.class);
            assertThat(map(at(object, "metadata.labels"))).as("labels of %s", at(object, "metadata.name"))
                    .contains(entry("app.kubernetes.io/name", "jixiao"), entry("app.kubernetes.io/instance", RELEASE));
        });
        assertThat(objects).extracting(object -> object.get("kind") + "/" + at(object, "metadata.name"))
                .as("object names are unique per kind").doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("ciValuesFiles")
    void demoDataIsOffAndTheConfigurationIsMountedAtConfig(String valuesFile) {
        Map<String, Object> container = container(render(valuesFile));

        assertThat(env(container)).contains(entry("JIXIAO_DEMO_DATA_ENABLED", "false"),
                entry("SPRING_CONFIG_ADDITIONAL_LOCATION", "file:/config/"));
        assertThat(list(container.get("volumeMounts"))).extracting(mount -> map(mount).get("mountPath"))
                .contains("/config", "/tmp");
    }

    // --- default values -------------------------------------------------------------------------------------------

    @Test
    void theDefaultValuesRenderTheBoringObjectsOnly() {
        assertThat(render("default-values.yaml")).extracting(object -> object.get("kind"))
                .containsExactlyInAnyOrder("Deployment", "Service", "ServiceAccount", "ConfigMap", "Secret");
    }

    @Test
    void theDeploymentRunsTwoReplicasWithProbesOnTheHealthGroups() {
        Map<String, Object> deployment = single(render("default-values.yaml"), "Deployment");
        Map<String, Object> container = container(deployment);

        assertThat(at(deployment, "spec.replicas")).isEqualTo(2);
        assertThat(container.get("image")).isEqualTo("ghcr.io/jixiao/jixiao:0.1.0");
        assertThat(list(container.get("ports"))).containsExactly(
                Map.of("name", "http", "containerPort", 8080, "protocol", "TCP"));
        assertThat(at(container, "livenessProbe.httpGet")).isEqualTo(
                Map.of("path", "/actuator/health/liveness", "port", "http"));
        assertThat(at(container, "readinessProbe.httpGet")).isEqualTo(
                Map.of("path", "/actuator/health/readiness", "port", "http"));
        assertThat(at(container, "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(map(at(container, "resources.requests"))).containsKeys("cpu", "memory");
        assertThat(map(at(container, "resources.limits"))).containsKeys("cpu", "memory");

        Map<String, Object> service = single(render("default-values.yaml"), "Service");
        assertThat(list(at(service, "spec.ports"))).containsExactly(
                Map.of("name", "http", "port", 8080, "targetPort", "http", "protocol", "TCP"));
        assertThat(at(service, "spec.selector")).isEqualTo(at(deployment, "spec.selector.matchLabels"));
    }

    @Test
    void thePodRunsAsTheImagesNonRootUserOnAReadOnlyRootFilesystem() {
        Map<String, Object> deployment = single(render("default-values.yaml"), "Deployment");
        Map<String, Object> pod = map(at(deployment, "spec.template.spec"));
        Map<String, Object> container = container(deployment);

        assertThat(map(pod.get("securityContext"))).contains(entry("runAsNonRoot", true), entry("runAsUser", 10001),
                entry("fsGroup", 10001), entry("seccompProfile", Map.of("type", "RuntimeDefault")));
        assertThat(map(container.get("securityContext"))).contains(entry("allowPrivilegeEscalation", false),
                entry("readOnlyRootFilesystem", true), entry("capabilities", Map.of("drop", List.of("ALL"))));
        assertThat(list(pod.get("volumes"))).contains(
                Map.of("name", "tmp", "emptyDir", Map.of("sizeLimit", "256Mi")));
        assertThat(pod.get("automountServiceAccountToken")).isEqualTo(false);
        assertThat(pod.get("serviceAccountName")).isEqualTo(FULLNAME);
    }

    @Test
    void theEndpointsDropThePodBeforeSpringShutsDownGracefully() {
        Map<String, Object> deployment = single(render("default-values.yaml"), "Deployment");

        assertThat(at(deployment, "spec.template.spec.terminationGracePeriodSeconds")).isEqualTo(45);
        assertThat(at(container(deployment), "lifecycle.preStop.exec.command")).isEqualTo(List.of("sleep", "10"));
        assertThat(at(deployment, "spec.strategy.rollingUpdate.maxUnavailable")).isEqualTo(0);
    }

    @Test
    void theOwnSecretHoldsTheDatabaseAndTheDeploymentReadsIt() {
        List<Map<String, Object>> objects = render("default-values.yaml");
        Map<String, Object> secret = single(objects, "Secret");
        Map<String, Object> deployment = single(objects, "Deployment");
        Map<String, Object> container = container(deployment);

        assertThat(at(secret, "metadata.name")).isEqualTo(FULLNAME);
        assertThat(decoded(secret)).containsExactly(entry("SPRING_R2DBC_URL", DATABASE_URL),
                entry("SPRING_R2DBC_USERNAME", "jixiao"), entry("SPRING_R2DBC_PASSWORD", "not-a-real-password"));
        assertThat(envFromSecrets(container)).containsExactly(FULLNAME);
        assertThat(secretKeyRef(container, "SPRING_R2DBC_URL"))
                .isEqualTo(Map.of("name", FULLNAME, "key", "SPRING_R2DBC_URL"));
        assertThat(map(at(deployment, "spec.template.metadata.annotations")))
                .containsKeys("checksum/config", "checksum/secret");
    }

    @Test
    void mailTokensAndExtraSecretsGoToTheSecretOnlyWhenSet() {
        Map<String, Object> secret = single(render("default-values.yaml", template -> template
                .set("mail.host", "smtp.example.org")
                .set("mail.username", "alerts")
                .set("mail.password", "mail-secret")
                .set("mail.from", "jixiao@example.org")
                .set("security.bootstrapToken", "jx_0123456789abcdefghijklmn")
                .set("security.metricsScrapeToken", "scrape-secret")
                .set("extraSecretEnv.JIXIAO_ALERTS_ROBOT_SECRET", "robot-secret")), "Secret");

        assertThat(decoded(secret)).contains(entry("SPRING_MAIL_HOST", "smtp.example.org"),
                entry("SPRING_MAIL_PORT", "587"), entry("SPRING_MAIL_USERNAME", "alerts"),
                entry("SPRING_MAIL_PASSWORD", "mail-secret"), entry("JIXIAO_ALERTS_MAIL_FROM", "jixiao@example.org"),
                entry("JIXIAO_SECURITY_BOOTSTRAP_TOKEN", "jx_0123456789abcdefghijklmn"),
                entry("JIXIAO_SECURITY_METRICS_SCRAPE_TOKEN", "scrape-secret"),
                entry("JIXIAO_ALERTS_ROBOT_SECRET", "robot-secret"));
        assertThat(decoded(single(render("default-values.yaml"), "Secret")))
                .doesNotContainKeys("SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "JIXIAO_SECURITY_BOOTSTRAP_TOKEN");
    }

    @Test
    void theConfigValueBecomesTheMountedApplicationYaml() {
        List<Map<String, Object>> objects = render("production-values.yaml");
        Map<String, Object> configMap = objects.stream()
                .filter(object -> "ConfigMap".equals(object.get("kind")))
                .filter(object -> FULLNAME.equals(at(object, "metadata.name")))
                .findFirst().orElseThrow();

        Object applicationYaml = new Yaml().load((String) at(configMap, "data.application\\.yaml"));

        assertThat(at(applicationYaml, "jixiao.clock.zone")).isEqualTo("Asia/Shanghai");
        assertThat(at(applicationYaml, "springdoc.swagger-ui.enabled")).isEqualTo(false);
    }

    // --- failures -----------------------------------------------------------------------------------------------

    @Test
    void renderingWithoutADatabaseFailsSayingWhatToSet() {
        assertThatThrownBy(() -> render(null))
                .hasMessageContaining("jixiao needs a PostgreSQL database")
                .hasMessageContaining("database.url")
                .hasMessageContaining("existingSecret")
                .hasMessageContaining("embedded PostgreSQL is for one machine only");
    }

    @Test
    void aServiceMonitorWithoutAScrapeTokenFails() {
        assertThatThrownBy(() -> render("default-values.yaml",
                template -> template.set("serviceMonitor.enabled", true)))
                .hasMessageContaining("serviceMonitor.enabled needs a scrape token")
                .hasMessageContaining("security.metricsScrapeToken");
    }

    @Test
    void theSchemaRejectsTyposAndMalformedValues() {
        assertThatThrownBy(() -> render("default-values.yaml", template -> template.set("replicas", 3)))
                .hasMessageContaining("additional properties 'replicas' not allowed");
        assertThatThrownBy(() -> render("default-values.yaml",
                template -> template.set("database.url", "jdbc:postgresql://db:5432/jixiao")))
                .hasMessageContaining("/database/url");
        assertThatThrownBy(() -> render("default-values.yaml",
                template -> template.set("security.bootstrapToken", "jx_too-short")))
                .hasMessageContaining("/security/bootstrapToken");
    }

    // --- production values ----------------------------------------------------------------------------------------

    @Test
    void productionValuesUseTheExistingSecretAndRenderNoSecret() {
        List<Map<String, Object>> objects = render("production-values.yaml");
        Map<String, Object> deployment = single(objects, "Deployment");
        Map<String, Object> container = container(deployment);

        assertThat(objects).extracting(object -> object.get("kind")).doesNotContain("Secret");
        assertThat(envFromSecrets(container)).containsExactly(EXISTING_SECRET);
        assertThat(secretKeyRef(container, "SPRING_R2DBC_URL"))
                .isEqualTo(Map.of("name", EXISTING_SECRET, "key", "SPRING_R2DBC_URL"));
        assertThat(at(single(objects, "ServiceMonitor"), "spec.endpoints[0].authorization.credentials.name"))
                .isEqualTo(EXISTING_SECRET);
        assertThat(map(at(deployment, "spec.template.metadata.annotations")))
                .containsKey("checksum/config").doesNotContainKey("checksum/secret");
    }

    @Test
    void productionValuesScaleThreeReplicasBehindATlsIngress() {
        List<Map<String, Object>> objects = render("production-values.yaml");
        Map<String, Object> deployment = single(objects, "Deployment");
        Map<String, Object> hpa = single(objects, "HorizontalPodAutoscaler");
        Map<String, Object> pdb = single(objects, "PodDisruptionBudget");
        Map<String, Object> ingress = single(objects, "Ingress");

        // The HPA owns the replica count; a replicas field would fight it on every upgrade.
        assertThat(map(deployment.get("spec"))).doesNotContainKey("replicas");
        assertThat(hpa.get("apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(map(hpa.get("spec"))).contains(entry("minReplicas", 3), entry("maxReplicas", 6));
        assertThat(at(hpa, "spec.scaleTargetRef.name")).isEqualTo(FULLNAME);
        assertThat(pdb.get("apiVersion")).isEqualTo("policy/v1");
        assertThat(at(pdb, "spec.minAvailable")).isEqualTo(2);
        assertThat(at(pdb, "spec.selector.matchLabels")).isEqualTo(at(deployment, "spec.selector.matchLabels"));
        assertThat(ingress.get("apiVersion")).isEqualTo("networking.k8s.io/v1");
        assertThat(list(at(ingress, "spec.tls"))).containsExactly(
                Map.of("hosts", List.of("jixiao.example.org"), "secretName", "jixiao-tls"));
        assertThat(at(ingress, "spec.rules[0].http.paths[0].backend.service"))
                .isEqualTo(Map.of("name", FULLNAME, "port", Map.of("name", "http")));
    }

    @Test
    void linksInAlertMessagesPointAtTheIngressHostOrTheConfiguredAddress() {
        assertThat(env(container(render("production-values.yaml"))))
                .containsEntry("JIXIAO_ALERTS_PUBLIC_URL", "https://jixiao.example.org");
        assertThat(env(container(render("default-values.yaml", template -> template
                .set("publicUrl", "https://jixiao.city.gov.cn")))))
                .containsEntry("JIXIAO_ALERTS_PUBLIC_URL", "https://jixiao.city.gov.cn");
        assertThat(env(container(render("default-values.yaml"))))
                .as("no Ingress, no address: the service falls back to its own")
                .doesNotContainKey("JIXIAO_ALERTS_PUBLIC_URL");
    }

    @Test
    void aDisruptionBudgetKeepsOneReplicaByDefault() {
        Map<String, Object> pdb = single(render("default-values.yaml",
                template -> template.set("podDisruptionBudget.enabled", true)), "PodDisruptionBudget");

        assertThat(map(pdb.get("spec"))).containsEntry("minAvailable", 1).doesNotContainKey("maxUnavailable");
    }

    // --- monitoring values ----------------------------------------------------------------------------------------

    @Test
    void monitoringObjectsAreRenderedOnlyWhenEnabled() {
        assertThat(render("monitoring-values.yaml")).extracting(object -> object.get("kind"))
                .contains("ServiceMonitor", "PrometheusRule");
        assertThat(dashboards(render("monitoring-values.yaml"))).isNotEmpty();

        assertThat(render("default-values.yaml")).extracting(object -> object.get("kind"))
                .doesNotContain("ServiceMonitor", "PrometheusRule", "Ingress", "HorizontalPodAutoscaler",
                        "PodDisruptionBudget");
        assertThat(dashboards(render("default-values.yaml"))).isEmpty();
    }

    @Test
    void theServiceMonitorScrapesEveryReplicaWithTheScrapeTokenAsJobJixiao() {
        Map<String, Object> serviceMonitor = single(render("monitoring-values.yaml"), "ServiceMonitor");
        Map<String, Object> endpoint = map(at(serviceMonitor, "spec.endpoints[0]"));

        assertThat(serviceMonitor.get("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
        assertThat(map(at(serviceMonitor, "metadata.labels"))).containsEntry("release", "kube-prometheus-stack");
        assertThat(endpoint).contains(entry("port", "http"), entry("path", "/actuator/prometheus"));
        assertThat(endpoint.get("authorization")).isEqualTo(Map.of("type", "Bearer",
                "credentials", Map.of("name", FULLNAME, "key", "JIXIAO_SECURITY_METRICS_SCRAPE_TOKEN")));
        // The rules and dashboards select job="jixiao"; the operator would otherwise name the job after the Service.
        assertThat(list(endpoint.get("relabelings"))).contains(
                Map.of("action", "replace", "targetLabel", "job", "replacement", "jixiao"));
        assertThat(decoded(single(render("monitoring-values.yaml"), "Secret")))
                .containsKey("JIXIAO_SECURITY_METRICS_SCRAPE_TOKEN");
    }

    @Test
    void thePrometheusRuleCarriesTheShippedRuleGroupsUnchanged() throws IOException {
        Map<String, Object> prometheusRule = single(render("monitoring-values.yaml"), "PrometheusRule");

        List<Object> shipped = new ArrayList<>();
        for (Path file : files(Path.of("prometheus", "rules"), ".yml")) {
            shipped.addAll(list(map(new Yaml().load(Files.readString(file))).get("groups")));
        }
        assertThat(shipped).isNotEmpty();
        assertThat(at(prometheusRule, "spec.groups")).isEqualTo(shipped);
        assertThat(at(prometheusRule, "spec.groups[0].rules[0].annotations.description").toString())
                .as("Prometheus templates are not evaluated by Helm").contains("{{ $labels.project }}");
    }

    @Test
    void eachDashboardIsAConfigMapForTheSidecarWithTheExactJson() throws IOException {
        List<Map<String, Object>> dashboards = dashboards(render("monitoring-values.yaml"));
        List<Path> shipped = files(Path.of("grafana", "dashboards"), ".json");

        assertThat(dashboards).hasSameSizeAs(shipped);
        for (Path file : shipped) {
            String name = file.getFileName().toString();
            Map<String, Object> configMap = dashboards.stream()
                    .filter(dashboard -> map(dashboard.get("data")).containsKey(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no ConfigMap carries " + name));
            assertThat(map(at(configMap, "metadata.labels"))).containsEntry("grafana_dashboard", "1");
            assertThat(map(at(configMap, "metadata.annotations"))).containsEntry("grafana_folder", "Jixiao 绩效");
            assertThat(map(configMap.get("data"))).hasSize(1);
            assertThat(map(configMap.get("data")).get(name)).as(name)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
        assertThat(dashboards).extracting(dashboard -> at(dashboard, "metadata.name").toString())
                .allMatch(name -> name.startsWith(FULLNAME + "-dashboard-"));
    }

    @Test
    void theDashboardLabelIsConfigurable() {
        List<Map<String, Object>> dashboards = dashboards(render("monitoring-values.yaml", template -> template
                .set("grafanaDashboards.label", "grafana_dashboard_jixiao")
                .set("grafanaDashboards.labelValue", "yes")));

        assertThat(dashboards).isNotEmpty().allSatisfy(dashboard -> assertThat(map(at(dashboard, "metadata.labels")))
                .containsEntry("grafana_dashboard_jixiao", "yes").doesNotContainKey("grafana_dashboard"));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static List<Map<String, Object>> render(String valuesFile) {
        return render(valuesFile, template -> template);
    }

    /** Renders the chart like {@code helm template perf helm/jixiao -n jixiao -f ci/<valuesFile>}. */
    private static List<Map<String, Object>> render(String valuesFile,
            java.util.function.UnaryOperator<TemplateCommand> options) {
        TemplateCommand template = new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE);
        if (valuesFile != null) {
            template = template.withValuesFile(CHART.resolve("ci").resolve(valuesFile));
        }
        String manifests = options.apply(template).call();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(manifests)) {
            if (document != null) {
                objects.add(map(document));
            }
        }
        return objects;
    }

    private static List<Map<String, Object>> dashboards(List<Map<String, Object>> objects) {
        return objects.stream().filter(object -> "ConfigMap".equals(object.get("kind")))
                .filter(object -> at(object, "metadata.name").toString().contains("-dashboard-")).toList();
    }

    private static Map<String, Object> single(List<Map<String, Object>> objects, String kind) {
        List<Map<String, Object>> found = objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
        assertThat(found).as("objects of kind %s", kind).hasSize(1);
        return found.getFirst();
    }

    private static Map<String, Object> container(List<Map<String, Object>> objects) {
        return container(single(objects, "Deployment"));
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Object> containers = list(at(deployment, "spec.template.spec.containers"));
        assertThat(containers).hasSize(1);
        return map(containers.getFirst());
    }

    /** Plain {@code name: value} environment variables of the container. */
    private static Map<String, Object> env(Map<String, Object> container) {
        Map<String, Object> env = new LinkedHashMap<>();
        list(container.get("env")).stream().map(HelmChartTests::map).filter(variable -> variable.containsKey("value"))
                .forEach(variable -> env.put((String) variable.get("name"), variable.get("value")));
        return env;
    }

    private static Object secretKeyRef(Map<String, Object> container, String name) {
        return list(container.get("env")).stream().map(HelmChartTests::map)
                .filter(variable -> name.equals(variable.get("name"))).findFirst()
                .map(variable -> at(variable, "valueFrom.secretKeyRef")).orElse(null);
    }

    private static List<Object> envFromSecrets(Map<String, Object> container) {
        return list(container.get("envFrom")).stream().map(HelmChartTests::map)
                .filter(source -> source.containsKey("secretRef")).map(source -> at(source, "secretRef.name"))
                .toList();
    }

    private static Map<String, String> decoded(Map<String, Object> secret) {
        Map<String, String> decoded = new LinkedHashMap<>();
        map(secret.get("data")).forEach((key, value) -> decoded.put(key,
                new String(Base64.getDecoder().decode((String) value), StandardCharsets.UTF_8)));
        return decoded;
    }

    /**
     * The value at a dotted path with optional list indexes ({@code spec.endpoints[0].path}); {@code \.} is a dot
     * inside a key ({@code data.application\.yaml}). Fails the test when a step is missing.
     */
    private static Object at(Object root, String path) {
        Object current = root;
        for (String step : path.split("(?<!\\\\)\\.")) {
            String key = step.replace("\\.", ".");
            Integer index = null;
            int bracket = key.indexOf('[');
            if (bracket >= 0) {
                index = Integer.valueOf(key.substring(bracket + 1, key.length() - 1));
                key = key.substring(0, bracket);
            }
            Map<String, Object> fields = map(current);
            assertThat(fields).as("%s: no '%s' in %s", path, key, fields.keySet()).containsKey(key);
            current = fields.get(key);
            if (index != null) {
                List<Object> items = list(current);
                assertThat(items).as("%s: index %d", path, index).hasSizeGreaterThan(index);
                current = items.get(index);
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).as("a mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).as("a sequence").isInstanceOf(List.class);
        return (List<Object>) value;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** A copy of the chart (as {@code <temporary>/jixiao}) whose values.yaml has the given values merged in. */
    private static Path copyChartWithValues(Path temporary, Path valuesFile) throws IOException {
        Path copy = temporary.resolve("jixiao");
        try (Stream<Path> paths = Files.walk(CHART)) {
            for (Path source : paths.toList()) {
                Path target = copy.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(source, target);
                }
            }
        }
        Map<String, Object> values = map(new Yaml().load(Files.readString(CHART.resolve("values.yaml"))));
        Map<String, Object> overrides = map(new Yaml().load(Files.readString(valuesFile)));
        DumperOptions block = new DumperOptions();
        block.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(copy.resolve("values.yaml"), new Yaml(block).dump(merge(values, overrides)));
        return copy;
    }

    /** Helm's coalescing of values: maps merge key by key, a null removes the key, anything else replaces. */
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overrides) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        overrides.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            }
            else if (value instanceof Map<?, ?> && merged.get(key) instanceof Map<?, ?>) {
                merged.put(key, merge(map(merged.get(key)), map(value)));
            }
            else {
                merged.put(key, value);
            }
        });
        return merged;
    }
}
