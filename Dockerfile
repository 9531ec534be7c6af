# Tollgate in a container: build the self-contained jar with Maven, run it on a JRE as an unprivileged user.
# Build: docker build -t tollgate .    Run several behind a load balancer: docker compose up (see compose.yaml).

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 between builds; tests run in CI, not here.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -DskipTests -pl admin-console -am package \
    && cp admin-console/target/tollgate.jar /tollgate.jar

FROM eclipse-temurin:21-jre
# curl only for the health check below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /var/lib/tollgate --shell /usr/sbin/nologin tollgate \
    && mkdir -p /var/lib/tollgate \
    && chown tollgate /var/lib/tollgate
COPY --from=build /tollgate.jar /opt/tollgate/tollgate.jar
USER tollgate
WORKDIR /var/lib/tollgate
ENV TOLLGATE_PORT=8080 \
    TOLLGATE_DATA_DIR=/var/lib/tollgate \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-Xmx512m -XX:+ExitOnOutOfMemoryError -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000"
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${TOLLGATE_PORT}/health/ready" || exit 1
# Exec form: the JVM is PID 1 and gets the SIGTERM that `docker stop` sends, so it can drain before exiting.
ENTRYPOINT ["java", "-jar", "/opt/tollgate/tollgate.jar"]
