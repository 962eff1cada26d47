#include <doctest/doctest.h>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "headless_app.h"

namespace {

using Headless = carescore::testing::HeadlessApp;

} // namespace

TEST_SUITE("app/smoke") {

TEST_CASE("files streamed in chunks are listed with name, size and line count") {
  Headless ui;
  ui.frames(2);
  const auto id = ui.app->beginFile("calls.csv", 12);
  ui.app->appendToFile(id, carescore::testing::bytesOf("a,b\r"));
  CHECK(ui.app->busy());
  ui.frames(1);  // a half-read file draws with its progress bar
  ui.app->appendToFile(id, carescore::testing::bytesOf("\n1,2\n3,4"));
  ui.app->endFile(id);
  CHECK_FALSE(ui.app->busy());
  ui.frames(2);

  const auto state = nlohmann::json::parse(ui.app->stateJson());
  REQUIRE(state["files"].size() == 1);
  CHECK(state["files"][0]["name"] == "calls.csv");
  CHECK(state["files"][0]["bytes"] == 12);
  CHECK(state["files"][0]["lines"] == 3);
  CHECK(state["files"][0]["finished"] == true);
}

TEST_CASE("a failed file keeps its message and does not disturb the others") {
  Headless ui;
  const auto good = ui.app->beginFile("good.csv", 4);
  ui.app->appendToFile(good, carescore::testing::bytesOf("a\nb\n"));
  ui.app->endFile(good);
  const auto bad = ui.app->beginFile("bad.csv", 100);
  ui.app->appendToFile(bad, carescore::testing::bytesOf("x\n"));
  ui.app->failFile(bad, "the browser could not read the file");
  ui.app->appendToFile(bad, carescore::testing::bytesOf("y\n"));  // late chunks are ignored
  ui.frames(2);
  const auto state = nlohmann::json::parse(ui.app->stateJson());
  REQUIRE(state["files"].size() == 2);
  CHECK(state["files"][0]["lines"] == 2);
  CHECK(state["files"][0]["error"] == "");
  CHECK(state["files"][1]["lines"] == 1);
  CHECK(state["files"][1]["error"] == "the browser could not read the file");
}

TEST_CASE("the Open files button raises a request for the platform") {
  Headless ui;
  ui.frames(2);
  // Click where the button is: find it by drawing a frame with the mouse over each candidate row.
  ImGuiIO& io = ImGui::GetIO();
  bool requested = false;
  for (float x = 20; x < 400 && !requested; x += 10) {
    io.MousePos = ImVec2(x, 22);
    io.MouseDown[0] = true;
    ui.frames(1);
    io.MouseDown[0] = false;
    ui.frames(1);
    requested = ui.app->state().request.openFilePicker;
  }
  CHECK(requested);
}

TEST_CASE("a read file reports its format, encoding, rows, columns and diagnostics, and draws them") {
  Headless ui;
  const auto id = ui.app->beginFile("calls.csv", 0);
  const std::string text = "\xEF\xBB\xBF" "call id;agent;wait\r\n1;Nguyễn;12\r\n2;Иван\r\n3;Ann;7\r\n";
  for (std::size_t at = 0; at < text.size(); at += 5)
    CHECK(ui.app->appendToFile(id, carescore::testing::bytesOf(std::string_view(text).substr(at, 5))));
  ui.frames(1);
  ui.app->endFile(id);
  CHECK_FALSE(ui.app->appendToFile(id, carescore::testing::bytesOf("4;x;1\r\n")));  // finished: no more bytes
  ui.frames(3);  // the details panel draws the columns and the diagnostics

  const auto state = nlohmann::json::parse(ui.app->stateJson());
  const auto& read = state["files"][0]["read"];
  CHECK(read["format"] == "csv");
  CHECK(read["encoding"]["used"] == "utf-8");
  CHECK(read["encoding"]["bom"] == true);
  CHECK(read["delimiter"] == ";");
  CHECK(read["rows"] == 3);
  REQUIRE(read["columns"].size() == 3);
  CHECK(read["columns"][0]["name"] == "call id");
  CHECK(read["columns"][2]["values"] == 2);
  CHECK(read["ok"] == true);
  CHECK(read["diagnostics"]["counts"]["TOO_FEW_FIELDS"] == 1);
  CHECK(read["diagnostics"]["examples"][0]["record"] == 2);
  CHECK(read["diagnostics"]["examples"][0]["line"] == 3);
}

TEST_CASE("a broken file shows its diagnostics and leaves the file before it alone") {
  Headless ui;
  const auto good = ui.app->beginFile("tickets.ndjson", 0);
  ui.app->appendToFile(good, carescore::testing::bytesOf("{\"id\": 1}\n{\"id\": 2}\n"));
  ui.app->endFile(good);
  const auto bad = ui.app->beginFile("export.json", 0);
  ui.app->appendToFile(bad, carescore::testing::bytesOf("[{\"id\": 1}, {\"id\": 2, \"subj"));
  ui.app->endFile(bad);
  ui.frames(2);
  const auto state = nlohmann::json::parse(ui.app->stateJson());
  CHECK(state["files"][0]["read"]["rows"] == 2);
  CHECK(state["files"][0]["read"]["ok"] == true);
  const auto& broken = state["files"][1]["read"];
  CHECK(broken["ok"] == false);
  CHECK(broken["diagnostics"]["errors"] == 1);
  CHECK(broken["diagnostics"]["counts"]["JSON_SYNTAX"] == 1);
  CHECK(broken["rows"] == 0);  // a cut JSON document is not used (RELIABILITY C10)
  CHECK(broken["rowsSkipped"] == 1);
}

TEST_CASE("cancel: the Cancel button's request stops the file and keeps the rows read so far") {
  Headless ui;
  const auto id = ui.app->beginFile("big.csv", 1u << 30);
  std::string text = "id,name\n";
  for (int i = 0; i < 200000; ++i) text += std::to_string(i) + ",x\n";  // past the 1 MiB held for detection
  CHECK(ui.app->appendToFile(id, carescore::testing::bytesOf(text)));
  ui.frames(1);  // the progress bar and its Cancel button
  CHECK(ui.app->state().uiItems.count("cancel_" + std::to_string(id)) == 1);
  ui.app->state().request.cancelFiles.push_back(id);
  ui.frames(2);  // the frame that cancels, and the one that shows the analysis of the rows kept
  CHECK_FALSE(ui.app->busy());
  CHECK_FALSE(ui.app->appendToFile(id, carescore::testing::bytesOf("1,y\n")));
  const auto state = nlohmann::json::parse(ui.app->stateJson());
  CHECK(state["files"][0]["cancelled"] == true);
  CHECK(state["files"][0]["read"]["rows"] == 200000);
  CHECK(state["files"][0]["read"]["diagnostics"]["counts"]["CANCELLED"] == 1);
}

}

TEST_SUITE("app/smoke") {

// Two exports of calls; removing the first leaves exactly the second's rows, and the second's
// mapping (its index in the dataset builder moved down by one) still edits the right file.
TEST_CASE("remove: a file's rows leave the analysis and the files after it keep their mapping") {
  Headless ui;
  const auto first = ui.load("monday.csv", "call_id,start_time,wait_seconds,agent\n1,2026-03-02 08:00,30,An\n2,2026-03-02 08:05,200,Bình\n3,2026-03-02 08:09,10,An\n");
  const auto second = ui.load("tuesday.csv", "call_id,start_time,wait_seconds,agent\n4,2026-03-03 08:00,40,Chi\n5,2026-03-03 08:30,50,Chi\n");
  ui.app->state().view = carescore::ViewId::Data;  // the files panel, with a Remove button per finished file
  ui.frames(2);
  CHECK(ui.app->state().uiItems.count("remove_" + std::to_string(first)) == 1);
  auto state = ui.state();
  REQUIRE(state["analysis"]["records"]["contact"] == 5);  // 3 + 2

  ui.app->state().request.removeFiles.push_back(first);  // what the button does
  ui.frames(2);
  state = ui.state();
  REQUIRE(state["files"].size() == 1);
  CHECK(state["files"][0]["name"] == "tuesday.csv");
  CHECK(state["analysis"]["records"]["contact"] == 2);
  CHECK(state["analysis"]["filterValues"]["agent"] == 1);  // Chi only

  CHECK(ui.app->setColumnField(second, "agent", "").empty());  // the builder's file 0 now
  CHECK(ui.state()["analysis"]["filterValues"]["agent"] == 0);
  CHECK_FALSE(ui.app->removeFile(first));  // gone already
  CHECK(ui.app->removeFile(second));
  state = ui.state();
  CHECK(state["files"].empty());
  CHECK(state["analysis"]["records"].empty());  // kinds with rows only: none left
}

}
