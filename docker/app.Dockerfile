# Image of any EduAid app (APP = its module: enrollment-service, ..., gateway). It copies the jar
# Maven built, so build that first from the repository root:
#   ./mvnw -DskipTests package
# (see docker-compose.yml, which builds and runs this image).
FROM eclipse-temurin:17-jre

# curl only serves the health check: the JRE image has neither curl nor wget.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

# A fixed, unprivileged uid; the jar stays owned by root, so the app cannot rewrite itself.
RUN useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin eduaid

WORKDIR /app
ARG APP
COPY ${APP}/target/${APP}.jar /app/app.jar

USER eduaid
# Every app listens on 8080 inside its container, whatever its port when run on a workstation.
ENV SERVER_PORT=8080
EXPOSE 8080
ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-jar","/app/app.jar"]
