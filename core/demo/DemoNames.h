#pragma once

#include <QList>
#include <QString>

namespace lianxin::demo {

// Plausible name parts for Yuexi: the county's common surnames weighted by repetition, given-name
// characters by sex, village name syllables, occupations and mobile prefixes.
const QList<QString> &surnames();
const QList<QString> &maleGivenChars();
const QList<QString> &femaleGivenChars();
const QList<QString> &villageNames();
const QList<QString> &occupations();
const QList<QString> &mobilePrefixes();

} // namespace lianxin::demo
