//! [`Snapshot`]: a result the views share, compared by identity rather than by contents.

use std::ops::Deref;
use std::rc::Rc;

/// A value shared between components and compared by identity: every comparison the app shows
/// is a new `Snapshot`, so `Rc::ptr_eq` tells a new one from the one already shown at once. Yew
/// compares properties (and hook dependencies) on every render; comparing a whole comparison
/// field by field cost time on each render and its code in the bundle.
pub struct Snapshot<T>(Rc<T>);

impl<T> Snapshot<T> {
    pub fn new(value: T) -> Self {
        Snapshot(Rc::new(value))
    }
}

impl<T> Clone for Snapshot<T> {
    fn clone(&self) -> Self {
        Snapshot(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Snapshot<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Snapshot<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}
