#include "policy/library/ProgramRuns.h"

#include <gtest/gtest.h>

namespace sysprune::policy {
namespace {

using Programs = std::vector<std::string>;

Programs programsOf(const std::string &Command, bool &Complete) {
  return programsOfShellCommand(Command, Complete);
}

TEST(ProgramRunsTest, FirstWordOfEachSimpleCommand) {
  bool Complete = false;
  EXPECT_EQ(programsOf("rm -rf test_logs", Complete), (Programs{"rm"}));
  EXPECT_TRUE(Complete);
  EXPECT_EQ(programsOf("echo piped; ls -d / | wc -l | sed 's/^/x /'", Complete),
            (Programs{"ls", "wc", "sed"}));
  EXPECT_TRUE(Complete);
  EXPECT_EQ(programsOf("cd /tmp && tar czf a.tgz dir || exit 1", Complete),
            (Programs{"tar"}));
  EXPECT_EQ(programsOf("x=$(date +%s)\nprintf '%s\\n' \"$x\"", Complete),
            (Programs{"date"}));
  EXPECT_TRUE(Complete);
}

TEST(ProgramRunsTest, SkipsAssignmentsRedirectionsAndKeywords) {
  bool Complete = false;
  EXPECT_EQ(programsOf("LANG=C sort -u < in > out 2>&1 && gzip out", Complete),
            (Programs{"sort", "gzip"}));
  EXPECT_EQ(programsOf("if test -f x; then rm x; else touch x; fi", Complete),
            (Programs{"rm", "touch"}));
  EXPECT_EQ(programsOf("exec /usr/bin/env true", Complete),
            (Programs{"/usr/bin/env"}));
  EXPECT_EQ(programsOf("2>/dev/null cat a a", Complete), (Programs{"cat"}));
  EXPECT_TRUE(Complete);
}

TEST(ProgramRunsTest, ComputedNamesMakeTheListIncomplete) {
  bool Complete = true;
  EXPECT_EQ(programsOf("$EDITOR notes.txt", Complete), Programs{});
  EXPECT_FALSE(Complete);
  EXPECT_EQ(programsOf("ls; \"$TOOL\" --version", Complete), (Programs{"ls"}));
  EXPECT_FALSE(Complete);
}

TEST(ProgramRunsTest, WhichArgumentNamesTheProgram) {
  ASSERT_TRUE(programArgumentOf("execvp"));
  EXPECT_EQ(programArgumentOf("execvp")->Index, 0u);
  EXPECT_TRUE(programArgumentOf("execvp")->SearchesPath);
  EXPECT_FALSE(programArgumentOf("execv")->SearchesPath);
  EXPECT_EQ(programArgumentOf("posix_spawnp")->Index, 1u);
  EXPECT_TRUE(programArgumentOf("popen")->IsShellCommand);
  EXPECT_FALSE(programArgumentOf("printf"));
  EXPECT_EQ(programRunBy("system"), "/bin/sh");
  EXPECT_FALSE(programRunBy("execvp"));
}

} // namespace
} // namespace sysprune::policy
