// Colours and spacing of the app. Calm, readable, and the same in every panel.
#pragma once

namespace carescore {

void applyTheme(bool dark);

} // namespace carescore
