#include "policy/library/NameServices.h"

#include <gtest/gtest.h>

namespace sysprune::policy {
namespace {

using Services = std::vector<std::string>;

TEST(NameServicesTest, ReadsServicesAndSkipsActions) {
  NameServiceConfig Config = NameServiceConfig::parse(
      "# a comment\n"
      "passwd:   files systemd   # trailing comment\n"
      "hosts: files [NOTFOUND=return] mdns4_minimal [ NOTFOUND=return ] dns\n"
      "broken line without a colon\n");
  EXPECT_EQ(Config.servicesOf("passwd"), (Services{"files", "systemd"}));
  EXPECT_EQ(Config.servicesOf("hosts"),
            (Services{"files", "mdns4_minimal", "dns"}));
}

TEST(NameServicesTest, DatabasesNotConfiguredGetGlibcDefaults) {
  NameServiceConfig Config = NameServiceConfig::parse("group: files winbind\n");
  EXPECT_EQ(Config.servicesOf("hosts"), (Services{"dns", "files"}));
  EXPECT_EQ(Config.servicesOf("passwd"), (Services{"files"}));
  // initgroups falls back to group.
  EXPECT_EQ(Config.servicesOf("initgroups"), (Services{"files", "winbind"}));
  NameServiceConfig Missing =
      NameServiceConfig::read("/nonexistent/sysprune/nsswitch.conf");
  EXPECT_EQ(Missing.servicesOf("shadow"), (Services{"files"}));
}

TEST(NameServicesTest, LookupFunctionsAndBuiltinServices) {
  EXPECT_EQ(nameServiceDatabasesOf("getpwnam_r"), (Services{"passwd"}));
  EXPECT_EQ(nameServiceDatabasesOf("getaddrinfo"),
            (Services{"hosts", "services"}));
  EXPECT_TRUE(nameServiceDatabasesOf("printf").empty());
  EXPECT_TRUE(isBuiltinNameService("files"));
  EXPECT_TRUE(isBuiltinNameService("dns"));
  EXPECT_FALSE(isBuiltinNameService("systemd"));
}

} // namespace
} // namespace sysprune::policy
