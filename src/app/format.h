// Kept so older includes compile: number formats now live in app/i18n/format.h, per language.
#pragma once
#include "app/i18n/format.h"
