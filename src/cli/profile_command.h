// `carescore profile …`: check profile files, print one in canonical form, or print the default.
#pragma once

namespace carescore::cli {

// argv holds the words after "profile". Returns the process exit status.
int profileCommand(int argc, char** argv);

} // namespace carescore::cli
