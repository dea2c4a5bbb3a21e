# syntax=docker/dockerfile:1
# The Jixiao image: built from source, run as a layered Spring Boot application on a Java 25 JRE.
#   docker build -t jixiao:0.1.0 .
# The image needs an external PostgreSQL (SPRING_R2DBC_URL, ...): the embedded one is for one machine, not for
# containers. See helm/jixiao for Kubernetes and docs/operations.md for running it.

# --- 1. Build the jar (tests run in CI, not here) --------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
# The cache mount keeps ~/.m2 between builds without putting it into a layer.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
    && cp target/jixiao-*.jar /workspace/application.jar

# --- 2. Split the jar into its layers -------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre AS layers
WORKDIR /workspace
COPY --from=build /workspace/application.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

# --- 3. The runtime image -------------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
# A fixed, non-root uid/gid that the Helm chart's securityContext (runAsUser 10001) matches.
RUN groupadd --system --gid 10001 jixiao \
    && useradd --system --uid 10001 --gid jixiao --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin jixiao
WORKDIR /application
# Least to most often changed, so that a code change rebuilds and ships only the last layer (~2 MB of ~95 MB).
COPY --from=layers /workspace/extracted/dependencies/ ./
COPY --from=layers /workspace/extracted/spring-boot-loader/ ./
COPY --from=layers /workspace/extracted/snapshot-dependencies/ ./
COPY --from=layers /workspace/extracted/application/ ./
USER 10001:10001
# Heap from the container's memory limit (not the node's), leaving a quarter for metaspace, threads and Netty's
# direct buffers; an OutOfMemoryError ends the JVM so that Kubernetes restarts the pod instead of leaving it limping.
# Override the whole variable to tune (e.g. the chart's extraEnv).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=50 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# No HEALTHCHECK: Kubernetes probes /actuator/health/liveness and /actuator/health/readiness (see helm/jixiao).
# Exec form: the JVM is PID 1 and receives SIGTERM itself, which starts Spring's graceful shutdown.
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "org.springframework.boot.loader.launch.JarLauncher"]
