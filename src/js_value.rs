//! Reading JavaScript values into Rust types with serde: the JS API's arguments (`api.rs`), the
//! embed host's messages, and the JSON the web layer stores and shares (`web::json`).
//!
//! Why a reader of our own rather than `serde-wasm-bindgen`'s: serde's default error messages
//! print the value that was found (`Unexpected`), floats included, and that alone brings the
//! standard library's float printing into the bundle (about 10 KB before compression; nothing
//! else in the app prints a float). This reader's [`Error`] names what was found by its kind
//! ("a number", "an array") instead. It reads what the app's types need: structs and maps from
//! objects, sequences and tuples from arrays, unit variants from strings, options from `null` or
//! `undefined`, and strings, booleans and numbers. Writing still goes through
//! `serde-wasm-bindgen`'s serializer, which prints nothing.

use std::fmt;

use js_sys::{Array, Object, Reflect};
use serde::de::value::StringDeserializer;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Expected, IntoDeserializer, Unexpected, Visitor};
use wasm_bindgen::{JsCast, JsValue};

/// A value that does not have the shape of the type asked for, in words for a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error(message.to_string())
    }

    fn invalid_type(found: Unexpected, expected: &dyn Expected) -> Self {
        Error(format!("expected {expected}, found {}", kind_of(&found)))
    }

    fn invalid_value(found: Unexpected, expected: &dyn Expected) -> Self {
        Error(format!("expected {expected}, found another {}", kind_of(&found)))
    }
}

/// What kind of value `found` is, without printing it (printing a float is what this module
/// keeps out of the bundle).
fn kind_of(found: &Unexpected) -> &'static str {
    match found {
        Unexpected::Bool(_) => "boolean",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => "number",
        Unexpected::Char(_) | Unexpected::Str(_) => "string",
        Unexpected::Unit | Unexpected::Option => "null",
        Unexpected::Seq => "array",
        Unexpected::Map => "object",
        _ => "value",
    }
}

/// Reads `value` as a `T`.
pub fn from_value<T: DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    T::deserialize(Reader(value))
}

/// A JavaScript value being read.
struct Reader(JsValue);

/// The largest integer a JavaScript number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

impl Reader {
    /// The value as an object's entries, or an error naming what was expected.
    fn entries(self, expected: &str) -> Result<Entries, Error> {
        if self.0.is_object() && !Array::is_array(&self.0) {
            let keys = Object::keys(self.0.unchecked_ref::<Object>());
            Ok(Entries { object: self.0, keys, next: 0 })
        } else {
            Err(self.wrong(expected))
        }
    }

    /// The value as an array's items, or an error naming what was expected.
    fn items(self, expected: &str) -> Result<Items, Error> {
        if Array::is_array(&self.0) {
            Ok(Items { array: self.0.unchecked_into(), next: 0 })
        } else {
            Err(self.wrong(expected))
        }
    }

    /// "expected `expected`, found `kind`", the kind of value this is.
    fn wrong(&self, expected: &str) -> Error {
        let value = &self.0;
        let found = if value.is_null() || value.is_undefined() {
            "null"
        } else if value.as_bool().is_some() {
            "boolean"
        } else if value.as_f64().is_some() {
            "number"
        } else if value.is_string() {
            "string"
        } else if Array::is_array(value) {
            "array"
        } else {
            "object"
        };
        Error(format!("expected {expected}, found {found}"))
    }
}

/// Deserializer methods that read as another one does.
macro_rules! read_as {
    ($($($method:ident),+ => $target:ident);+) => {
        $($(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.$target(visitor)
        })+)+
    };
}

/// Each method reads only the JavaScript kind its type asks for, so a visitor's code for the
/// other kinds (and their error messages) is not built for every type read.
impl<'de> de::Deserializer<'de> for Reader {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let value = self.0;
        if value.is_null() || value.is_undefined() {
            visitor.visit_unit()
        } else if let Some(flag) = value.as_bool() {
            visitor.visit_bool(flag)
        } else if let Some(number) = value.as_f64() {
            visit_number(number, visitor)
        } else if let Some(text) = value.as_string() {
            visitor.visit_string(text)
        } else if Array::is_array(&value) {
            visitor.visit_seq(Reader(value).items("an array")?)
        } else if value.is_object() {
            visitor.visit_map(Reader(value).entries("an object")?)
        } else {
            Err(Error("expected a value that JSON can hold".into()))
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_bool() {
            Some(flag) => visitor.visit_bool(flag),
            None => Err(self.wrong("true or false")),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_f64() {
            Some(number) => visit_number(number, visitor),
            None => Err(self.wrong("a number")),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_string() {
            Some(text) => visitor.visit_string(text),
            None => Err(self.wrong("a string")),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(self.items("an array")?)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(self.entries("an object")?)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_map(self.entries("an object")?)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_null() || self.0.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0.as_string() {
            Some(variant) => {
                let variant: StringDeserializer<Error> = variant.into_deserializer();
                visitor.visit_enum(variant)
            }
            None => Err(self.wrong("the name of a choice, as a string")),
        }
    }

    /// Values the type does not read (unknown fields) are not walked.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i128 u128 bytes byte_buf unit unit_struct newtype_struct tuple_struct
    }

    // Every number reads as a number; text of any kind as a string.
    read_as! {
        deserialize_i8, deserialize_i16, deserialize_i32, deserialize_i64, deserialize_u8, deserialize_u16,
        deserialize_u32, deserialize_f32, deserialize_f64 => deserialize_u64;
        deserialize_str, deserialize_char, deserialize_identifier => deserialize_string
    }
}

/// A number as the narrowest kind serde's visitors take: whole numbers as integers (so that
/// `usize` fields read them), others as floats.
fn visit_number<'de, V: Visitor<'de>>(number: f64, visitor: V) -> Result<V::Value, Error> {
    let whole = number.fract() == 0.0 && number.abs() <= MAX_SAFE_INTEGER;
    if whole && number >= 0.0 {
        visitor.visit_u64(number as u64)
    } else if whole {
        visitor.visit_i64(number as i64)
    } else {
        visitor.visit_f64(number)
    }
}

/// The items of an array, in order.
struct Items {
    array: Array,
    next: u32,
}

impl<'de> de::SeqAccess<'de> for Items {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if self.next >= self.array.length() {
            return Ok(None);
        }
        let item = self.array.get(self.next);
        self.next += 1;
        seed.deserialize(Reader(item)).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some((self.array.length() - self.next) as usize)
    }
}

/// The own enumerable properties of an object, in the order `Object.keys` gives them.
struct Entries {
    object: JsValue,
    keys: Array,
    next: u32,
}

impl<'de> de::MapAccess<'de> for Entries {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        if self.next >= self.keys.length() {
            return Ok(None);
        }
        seed.deserialize(Reader(self.keys.get(self.next))).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let key = self.keys.get(self.next);
        self.next += 1;
        let value =
            Reflect::get(&self.object, &key).map_err(|_| Error("a property could not be read".into()))?;
        seed.deserialize(Reader(value))
    }
}
