#!/usr/bin/env bash
# Checks what a user's project sees: a fresh Maven project that imports only our BOM and adds
# vfm-analytics, jackson-databind and tablesaw-core without versions must compile against this
# checkout's artifacts, and resolve Jackson and Tablesaw at the versions this build tests with.
#
# The artifacts are deployed to a file repository (target/consumer/repo) instead of being
# installed. Both builds use target/consumer/settings.xml: their own local repository
# (target/consumer/m2), filled from ~/.m2/repository (read as a plain file repository) and then
# Maven Central, so ~/.m2 is only read (user settings in ~/.m2/settings.xml are not used). It uses the POM lines the README gives
# users, including those needed under Maven 3.8. Not run in CI (it repeats the build); run it
# after changing the BOM or a module's dependencies. Needs Maven online (deploy refuses offline);
# extra arguments go to the first build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=$root/target/consumer
rm -rf "$out" && mkdir -p "$out/project/.mvn" "$out/project/src/main/java/example"

prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -n 1; }
version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)

cat > "$out/settings.xml" <<SETTINGS
<settings>
  <localRepository>$out/m2</localRepository>
  <profiles>
    <profile>
      <id>read-user-repository</id>
      <repositories>
        <repository>
          <id>user-local-repository</id>
          <url>file://$HOME/.m2/repository</url>
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository>
          <id>user-local-repository</id>
          <url>file://$HOME/.m2/repository</url>
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>read-user-repository</activeProfile>
  </activeProfiles>
</settings>
SETTINGS

echo "check-consumer: deploying $version to $out/repo"
if ! mvn -B -s "$out/settings.xml" -DskipTests -Dmaven.install.skip=true \
    -DaltDeploymentRepository="consumer-check::file://$out/repo" deploy "$@" > "$out/deploy.log" 2>&1; then
  tail -n 100 "$out/deploy.log" >&2
  echo "check-consumer: the build failed; log in $out/deploy.log" >&2
  exit 1
fi

# The user's project: the BOM, three dependencies without versions, and the README's compiler lines.
cat > "$out/project/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>bom-consumer</artifactId>
  <version>1.0</version>

  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>

  <repositories>
    <!-- this checkout's artifacts, as deployed above (a user would have them installed) -->
    <repository>
      <id>consumer-check</id>
      <url>file://$out/repo</url>
      <snapshots><enabled>true</enabled></snapshots>
    </repository>
  </repositories>

  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.github.commissioningvfm</groupId>
        <artifactId>bom</artifactId>
        <version>$version</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>

  <dependencies>
    <dependency>
      <groupId>io.github.commissioningvfm</groupId>
      <artifactId>vfm-analytics</artifactId>
    </dependency>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
    </dependency>
    <dependency>
      <groupId>tech.tablesaw</groupId>
      <artifactId>tablesaw-core</artifactId>
    </dependency>
  </dependencies>

  <build>
    <plugins>
      <plugin>
        <!-- Maven 3.8 binds compiler plugin 3.1, which predates maven.compiler.release. -->
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
      </plugin>
    </plugins>
  </build>
</project>
POM

# As the README advises, so that Maven 3.8 leaves no escape code in the log.
echo "-Djansi.noreset=true" > "$out/project/.mvn/jvm.config"

cat > "$out/project/src/main/java/example/Consumer.java" <<'JAVA'
package example;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.engine.VfmEngine;
import io.github.commissioningvfm.vfm.jackson.VfmJacksonModule;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import tech.tablesaw.api.Table;

public final class Consumer {
  public static void main(String[] args) throws Exception {
    RoiFigures roi = RoiFigures.of("pilot", Cost.of("1000", "2024/25"), Cost.of("1500", "2024/25"));
    ObjectMapper json = new ObjectMapper().registerModule(new VfmJacksonModule());
    Table table = Table.create("results");
    System.out.println(roi + " " + json.getClass().getSimpleName() + " " + table.name() + " "
        + VfmEngine.standard());
  }
}
JAVA

echo "check-consumer: compiling the user's project (log: $out/project.log)"
if ! (cd "$out/project" && mvn -B -s "$out/settings.xml" compile dependency:list \
    -DincludeScope=compile -DoutputFile=dependencies.txt) > "$out/project.log" 2>&1; then
  tail -n 60 "$out/project.log" >&2
  echo "check-consumer: the user's project did not compile" >&2
  exit 1
fi

# The BOM must give users the versions this build tests with.
expect() { # groupId:artifactId version
  grep -q " $1:jar:$2:compile" "$out/project/dependencies.txt" || {
    echo "check-consumer: expected $1 at $2; the user's project resolved:" >&2
    grep "$1:" "$out/project/dependencies.txt" >&2 || echo "  (not at all)" >&2
    exit 1
  }
}
expect io.github.commissioningvfm:vfm-analytics "$version"
expect com.fasterxml.jackson.core:jackson-databind "$(prop jackson.version)"
expect tech.tablesaw:tablesaw-core "$(prop tablesaw.version)"
echo "check-consumer: OK: a project importing only the BOM compiles with vfm-analytics, jackson-databind" \
     "$(prop jackson.version) and tablesaw-core $(prop tablesaw.version)"
