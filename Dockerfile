# xxgk-checker in two stages: Maven builds the runnable jar; a JRE runs it.
# The rule set sits in a layer of its own and can be replaced at run time by mounting a directory:
#   docker build -t xxgk-checker .
#   docker run --rm -v "$PWD/reports:/reports" xxgk-checker check /reports
#   docker run --rm -v "$PWD/my-rules:/app/rules" -v "$PWD/reports:/reports" xxgk-checker check /reports
#   docker run --rm -p 8080:8080 xxgk-checker                      # the HTTP service and web page on port 8080

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /build/target/xxgk-checker.jar /app/xxgk-checker.jar
COPY rules /app/rules
ENV XXGK_RULES=/app/rules XXGK_CACHE=/app/rule-cache
# The bundled rules compiled once, into the image: a container checks without compiling them again (a mounted rule
# set is compiled when first used). A rule set that does not compile fails the build here.
RUN java -jar /app/xxgk-checker.jar rules list > /dev/null
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/xxgk-checker.jar"]
# Without arguments the image runs the HTTP service; any command of the jar can be given instead (check, rules …).
CMD ["serve"]
