/**
 * Small runnable programs that use only the public API, one task each. Run them from the repository
 * root after {@code mvn install -DskipTests}, for example: {@code java -cp
 * examples/target/newsletter.jar dev.newsletter.examples.recipes.ReadingList
 * examples/sample-archive}.
 */
package dev.newsletter.examples.recipes;
