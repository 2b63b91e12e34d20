//! Sentence segmentation throughput on ≥ 5 MB of news-like text built from fragments written
//! for this benchmark (headlines, bylines, datelines, abbreviations, quotes, lists, wrapped
//! lines, a few Russian and German paragraphs). Prints the median (and best) MB/s of several runs.
//!
//! Run: `cargo bench --bench segment` (uses the release profile).

use std::hint::black_box;
use std::time::Instant;

use claimdiff::engine::segment::segment;

const TARGET_BYTES: usize = 5 * 1024 * 1024;
const RUNS: usize = 11;

const HEADLINES: &[&str] = &[
    "River Floods Force Thousands From Homes\n",
    "Talks resume as both sides trade accusations over the ceasefire\n",
    "What happens next\n",
];

const PARAGRAPHS: &[&str] = &[
    "By Jane Roe and Sam Doe\nKYIV, Ukraine (AP) — Drones struck the port of Odesa overnight, officials said on \
     Tuesday. Gen. Ivan Petrenko told reporters that 1,300 homes lost power. The U.S. Embassy said it was \"deeply \
     concerned.\" Aid worth $180 billion was pledged on Feb. 28 at 10 a.m. Eastern.\n\n",
    "“Why now?” Mayor Lena Holt asked. “We warned them…” She paused. The U.N. Security Council meets at 3 p.m. \
     The statement, i.e. the second one, cited No. 2 battalion and Lt. Col. Mark Brandt (ret.). Prices rose 3.5 \
     percent, etc. Read more at https://example.org/news/2026/report.html or write to desk@example.com.\n\n",
    "The regional governor said on Tuesday that the\nevacuation of the lower districts would continue\nthrough \
     the weekend, and that schools would stay\nclosed. J.D. Vance and George W. Bush were not there.\n\n",
    "Key points:\n- Two bridges closed\n- Schools reopen Monday\n1. Register online\n2. Bring an ID\n\n",
    "В. В. Путин провел встречу в г. Москве, т.е. в Кремле. Это было в 2024 г. Затем делегация уехала на ул. \
     Тверскую и т. д. «Почему сейчас?» — спросила она.\n\n",
    "Am 3. März sprach Dr. Weber mit der Polizei, z.B. über Nr. 5 der Liste bzw. die Kosten. Die Stadt zahlte \
     ca. 2 Mio. Euro. Die Einigung kam am 24. Februar.\n\n",
    "Volunteers clear debris in the town square on Sept. 4, 2025. (Photo/Ines Varga)\nPhotograph: Ines \
     Varga/Agency\nThe queues grew. He said: \"It is over.\" Then he left... Nobody followed.\n\n",
];

/// A deterministic mix of the fragments, at least `TARGET_BYTES` long.
fn news_text() -> String {
    let mut text = String::with_capacity(TARGET_BYTES + 4096);
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    while text.len() < TARGET_BYTES {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        if state % 5 == 0 {
            text.push_str(HEADLINES[(state >> 8) as usize % HEADLINES.len()]);
        }
        text.push_str(PARAGRAPHS[(state >> 16) as usize % PARAGRAPHS.len()]);
    }
    text
}

fn main() {
    let text = news_text();
    let megabytes = text.len() as f64 / (1024.0 * 1024.0);
    let mut rates: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let sentences = black_box(segment(black_box(&text)));
            let seconds = start.elapsed().as_secs_f64();
            assert!(!sentences.is_empty());
            megabytes / seconds
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    let sentences = segment(&text).len();
    println!(
        "segment: {megabytes:.1} MB, {sentences} sentences; median {:.1} MB/s, best {:.1} MB/s, worst {:.1} MB/s \
         over {RUNS} runs (wall clock; on a busy machine the best run is the least disturbed)",
        rates[RUNS / 2],
        rates[RUNS - 1],
        rates[0]
    );
}
