// A small argument parser for subcommands: "--name value", "--name=value", flags,
// positionals and a --help text generated from the declared options.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace accord::cli {

class Args {
 public:
  // `usage` is the synopsis line ("accord status BUNDLE.json [--declaration ID]").
  Args(std::string usage, std::string description);

  // Declares an option taking a value; `def` (if not empty) is shown in --help.
  Args& option(const std::string& name, const std::string& valueName, const std::string& help,
               const std::string& def = {});
  Args& flag(const std::string& name, const std::string& help);
  Args& positional(const std::string& name, const std::string& help, bool required = true);

  // Parses `argv`. Returns false after printing the help (--help) to stdout or an
  // error naming the bad argument to stderr; `exitCode()` then says what to return.
  bool parse(const std::vector<std::string>& argv);
  int exitCode() const { return exitCode_; }

  std::optional<std::string> get(const std::string& name) const;
  std::string get(const std::string& name, const std::string& fallback) const;
  bool has(const std::string& name) const;  // flag given, or option given
  const std::string& at(std::size_t i) const { return positionals_.at(i); }
  std::size_t count() const { return positionals_.size(); }

  std::string help() const;

 private:
  struct Opt {
    std::string name, valueName, help, def;
    bool takesValue;
  };
  struct Pos {
    std::string name, help;
    bool required;
  };
  std::string usage_, description_;
  std::vector<Opt> opts_;
  std::vector<Pos> pos_;
  std::map<std::string, std::string> values_;
  std::vector<std::string> positionals_;
  int exitCode_ = 0;
};

}  // namespace accord::cli
