#include "core/demo/DemoNames.h"

#include <QStringList>

namespace lianxin::demo {

namespace {
QList<QString> split(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

const QList<QString> &surnames()
{
    // Repeated names are more common in the county (王, 储, 汪, 刘, 程, 陈 …).
    static const QList<QString> list = split(
        "王 王 王 王 储 储 储 汪 汪 汪 刘 刘 刘 程 程 陈 陈 陈 李 李 张 张 吴 吴 杨 胡 胡 余 余 徐 朱 黄 方 方 何 "
        "江 周 叶 殷 石 詹 邓 金 查 操 吕 孙 潘 彭 柯 高 谢 郑 林 曹 许 唐 韩 冯 袁 鲍 汤 罗 姚 宋 蒋 梁 董 苏 "
        "杜 侯 夏 钱 丁 项 章 戴 段 雷 傅 沈 田 崔 施 严 邵 舒 颜 秦 虞 熊 汤");
    return list;
}

const QList<QString> &maleGivenChars()
{
    static const QList<QString> list = split(
        "伟 强 军 勇 杰 涛 明 超 刚 平 辉 华 建 国 林 峰 斌 波 鹏 宇 浩 俊 磊 洋 飞 兵 志 文 海 东 亮 春 "
        "德 福 贵 荣 祥 胜 成 金 根 生 发 长 山 松 树 家 宏 庆 新 利 兴 宝 友 全 保 顺 义 龙 虎 云 学 晨 "
        "子 轩 博 睿 凯 昊 航 泽 瑞 铭 毅");
    return list;
}

const QList<QString> &femaleGivenChars()
{
    static const QList<QString> list = split(
        "芳 娟 敏 静 丽 艳 霞 燕 玲 红 梅 兰 英 秀 琴 萍 莉 娜 婷 雪 慧 颖 琳 洁 倩 欣 悦 怡 雅 梦 "
        "凤 菊 桂 珍 翠 荷 香 月 春 云 花 彩 美 玉 金 银 素 秋 冬 晓 思 佳 雨 诗 涵 可 馨 蕾 琪");
    return list;
}

const QList<QString> &villageNames()
{
    static const QList<QString> list = split(
        "菖蒲 莲塘 石门 松林 河口 枫树 竹园 桃李 杨柳 龙潭 凤形 黄岭 青山 白云 双河 新安 长岭 花园 茶园 "
        "梅岭 林庄 水畈 上畈 下畈 高桥 石桥 板桥 岩河 乌石 金山 银山 毛畈 田湾 柳林 鹞落 楼房 沙埂 "
        "天峡 里河 大坳 小坳 斑竹 红旗 团结 光明 朝阳 新建 和平 永安 太平 万山 千山 冶山 南田 北田");
    return list;
}

const QList<QString> &occupations()
{
    static const QList<QString> list = split("务农 务农 务农 外出务工 外出务工 茶农 个体经营 教师 村干部 建筑工 司机 "
                                             "厨师 护工 电工");
    return list;
}

const QList<QString> &mobilePrefixes()
{
    static const QList<QString> list = split("130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 "
                                             "158 159 166 173 177 180 181 182 183 187 188 189 191 199");
    return list;
}

} // namespace lianxin::demo
