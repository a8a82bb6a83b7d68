/**
 * Who may sign in and how: accounts ({@link org.mixroom.shared.security.Accounts}), demo accounts,
 * personal access tokens ({@link org.mixroom.shared.security.AccessTokens}), the two security filter chains
 * (API and Vaadin UI) and the login view. Permissions within a project belong to the project module.
 */
package org.mixroom.shared.security;
