/** The JSON exchange shape: writer and reader. Internal. */
package dev.newsletter.render.internal.json;
