#include "args.h"

#include <iostream>
#include <sstream>

namespace accord::cli {

Args::Args(std::string usage, std::string description)
    : usage_(std::move(usage)), description_(std::move(description)) {}

Args& Args::option(const std::string& name, const std::string& valueName, const std::string& help,
                   const std::string& def) {
  opts_.push_back({name, valueName, help, def, true});
  return *this;
}

Args& Args::flag(const std::string& name, const std::string& help) {
  opts_.push_back({name, {}, help, {}, false});
  return *this;
}

Args& Args::positional(const std::string& name, const std::string& help, bool required) {
  pos_.push_back({name, help, required});
  return *this;
}

bool Args::parse(const std::vector<std::string>& argv) {
  auto fail = [&](const std::string& message) {
    std::cerr << "error: " << message << "\nusage: " << usage_ << "\n(see --help)\n";
    exitCode_ = 2;
    return false;
  };
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a == "--help" || a == "-h") {
      std::cout << help();
      exitCode_ = 0;
      return false;
    }
    if (a.rfind("--", 0) == 0 && a.size() > 2) {
      std::string name = a.substr(2), value;
      bool inlineValue = false;
      if (auto eq = name.find('='); eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        inlineValue = true;
      }
      const Opt* opt = nullptr;
      for (const auto& o : opts_)
        if (o.name == name) opt = &o;
      if (!opt) return fail("unknown option --" + name);
      if (!opt->takesValue) {
        if (inlineValue) return fail("--" + name + " takes no value");
        values_[name] = "1";
        continue;
      }
      if (!inlineValue) {
        if (i + 1 >= argv.size()) return fail("--" + name + " needs a value (" + opt->valueName + ")");
        value = argv[++i];
      }
      values_[name] = value;
      continue;
    }
    positionals_.push_back(a);
  }
  std::size_t required = 0;
  for (const auto& p : pos_) required += p.required ? 1 : 0;
  if (positionals_.size() < required) return fail("missing " + pos_[positionals_.size()].name);
  if (positionals_.size() > pos_.size()) return fail("unexpected argument '" + positionals_[pos_.size()] + "'");
  return true;
}

std::optional<std::string> Args::get(const std::string& name) const {
  if (auto it = values_.find(name); it != values_.end()) return it->second;
  for (const auto& o : opts_)
    if (o.name == name && !o.def.empty()) return o.def;
  return std::nullopt;
}

std::string Args::get(const std::string& name, const std::string& fallback) const {
  return get(name).value_or(fallback);
}

bool Args::has(const std::string& name) const { return values_.count(name) != 0; }

std::string Args::help() const {
  std::ostringstream out;
  out << "usage: " << usage_ << "\n\n" << description_ << "\n";
  if (!pos_.empty()) {
    out << "\narguments:\n";
    for (const auto& p : pos_) out << "  " << p.name << "\n      " << p.help << "\n";
  }
  out << "\noptions:\n";
  for (const auto& o : opts_) {
    out << "  --" << o.name;
    if (o.takesValue) out << " " << o.valueName;
    out << "\n      " << o.help;
    if (!o.def.empty()) out << " (default: " << o.def << ")";
    out << "\n";
  }
  out << "  --help\n      show this help\n";
  return out.str();
}

}  // namespace accord::cli
