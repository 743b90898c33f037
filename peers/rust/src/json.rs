//! A small JSON writer for results records (std has none): members are written in order,
//! commas placed automatically, strings escaped per RFC 8259, non-finite doubles as null.

pub struct Json {
    pub text: String,
    first: Vec<bool>,
    after_key: bool,
}

impl Json {
    pub fn new() -> Json {
        Json { text: String::new(), first: vec![true], after_key: false }
    }

    fn separate(&mut self) {
        if self.after_key {
            self.after_key = false;
            return;
        }
        if let Some(first) = self.first.last_mut() {
            if !*first {
                self.text.push(',');
            }
            *first = false;
        }
    }

    pub fn begin_object(&mut self) {
        self.separate();
        self.text.push('{');
        self.first.push(true);
    }

    pub fn end_object(&mut self) {
        self.text.push('}');
        self.first.pop();
    }

    pub fn begin_array(&mut self) {
        self.separate();
        self.text.push('[');
        self.first.push(true);
    }

    pub fn end_array(&mut self) {
        self.text.push(']');
        self.first.pop();
    }

    pub fn key(&mut self, name: &str) {
        self.separate();
        quote(name, &mut self.text);
        self.text.push(':');
        self.after_key = true;
    }

    pub fn string(&mut self, value: &str) {
        self.separate();
        quote(value, &mut self.text);
    }

    pub fn raw(&mut self, token: &str) {
        self.separate();
        self.text.push_str(token);
    }

    pub fn int(&mut self, value: impl std::fmt::Display) {
        self.raw(&value.to_string());
    }

    pub fn double(&mut self, value: f64) {
        if value.is_finite() {
            self.raw(&format!("{:?}", value));
        } else {
            self.raw("null");
        }
    }

    pub fn opt_string(&mut self, value: Option<&str>) {
        match value {
            Some(text) => self.string(text),
            None => self.raw("null"),
        }
    }

    pub fn opt_int(&mut self, value: Option<impl std::fmt::Display>) {
        match value {
            Some(number) => self.int(number),
            None => self.raw("null"),
        }
    }

    /// Writes `"name": "value"` for each pair (None as null).
    pub fn strings(&mut self, pairs: &[(&str, Option<&str>)]) {
        for (name, value) in pairs {
            self.key(name);
            self.opt_string(*value);
        }
    }
}

fn quote(value: &str, text: &mut String) {
    text.push('"');
    for c in value.chars() {
        match c {
            '"' => text.push_str("\\\""),
            '\\' => text.push_str("\\\\"),
            '\n' => text.push_str("\\n"),
            '\r' => text.push_str("\\r"),
            '\t' => text.push_str("\\t"),
            '\u{08}' => text.push_str("\\b"),
            '\u{0C}' => text.push_str("\\f"),
            c if (c as u32) < 0x20 || c as u32 == 0x7F => text.push_str(&format!("\\u{:04x}", c as u32)),
            c => text.push(c),
        }
    }
    text.push('"');
}
