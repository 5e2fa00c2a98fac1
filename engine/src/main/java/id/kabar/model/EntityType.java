package id.kabar.model;

/** Kinds of named entity; OTHER is for unnamed groups that still speak (contract: speaker_type). */
public enum EntityType { PER, ORG, LOC, OTHER }
