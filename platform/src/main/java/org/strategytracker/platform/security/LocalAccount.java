package org.strategytracker.platform.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A local account of the default run: a tracker user with a password hash. */
record LocalAccount(TrackerUser user, String passwordHash) implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities = new java.util.ArrayList<>();
    user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }
}
